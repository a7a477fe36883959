#!/usr/bin/env python3
"""Batch 31e gold annotations for the 8 ITEMS texts of batch31e.py, written from each text alone before newskg was run
on any of them. Split rule fixed before annotation: the ids sorted, then dealt along test, train, dev, train (the
batch's own cycle, as every sub-batch since 8b).
usage: batch31e_annotate.py POOL_DIR OUT_ROOT      (writes OUT_ROOT/{train,dev,test}/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, O
import batch10_annotate as b10

IDS = sorted("""wn-senior-telegraph-writer-peter-oborne-alleges-2015
wn-concorde-crash-trial-begins-2010
wn-video-man-tasered-vancouver-airport-released-2007
wn-united-states-dr-larry-nassar-sentenced-2018
wn-us-white-house-correspondent-helen-thomas-2010
wn-nasa-launches-exoplanet-hunting-satellite-tess-2018
wn-g-tze-make-dortmund-return-sch-2016
wn-former-cia-agent-indicted-leaking-classified-2011""".split())
A = {}

A["wn-senior-telegraph-writer-peter-oborne-alleges-2015"] = dict(
 entities=[E("Person", "Peter Oborne", "Oborne"), E("Company", "Daily Telegraph", "Telegraph"), E("Company", "HSBC"),
           E("Company", "openDemocracy"), E("Person", "Harry Wilson"), E("Company", "Guardian"),
           E("Company", "Times"), E("Company", "Mail"), E("Location", "Hong Kong"), E("Company", "Tesco"),
           E("Person", "Roy Greenslade", "Greenslade")],
 # 'former chief political commentator at ... the Daily Telegraph' → executive, current false (a senior editorial
 # post that does not run the paper, as batch 26d's CNN senior editor; 'public resignation'; a doubtful point);
 # 'the Telegraph banking correspondent Harry Wilson' and 'Media commentator Roy Greenslade, writing for the
 # Guardian' → no role (a correspondent or writer is no title of the vocabulary, as batches 24c-26d); the Telegraph's
 # spokesman is unnamed; 'The Barclay brothers, owners of the Telegraph' → no entity and no relation (two people not
 # named apart, and parentOrganization takes no Person; a doubtful point); the paper's alleged care for HSBC's
 # advertising → no partner (an allegation; the paper says it never comments on 'individual commercial
 # relationships'); 'the openDemocracy website' → Company (a news site, as GUIDELINES' news websites; the text does
 # not say who runs it; a doubtful point); 'British' an adjective → no entity; HSBC's £1 billion customer fund → no
 # outage; 'Tuesday' → 2015-02-17 against the Thursday date line; 'for nearly five years' not listed
 roles=[R("Peter Oborne", "executive", "Daily Telegraph", False)],
 relations=[],
 outages=[],
 dates=[D("Tuesday", "2015-02-17"), D("November 2014", "2014-11")])

A["wn-concorde-crash-trial-begins-2010"] = dict(
 entities=[E("Service", "Concorde"), E("Location", "Paris"), E("Company", "Air France"),
           E("Company", "Continental Airlines", "Continental"), E("Service", "McDonnell Douglas DC-10"),
           E("Location", "New York"), E("Location", "Charles de Gaulle Airport"), E("Location", "Caribbean"),
           E("Location", "Austria"), E("Person", "John Taylor"), E("Person", "Stanley Ford"),
           E("Company", "Aérospatiale"), E("Company", "Airbus"), E("Company", "EADS"), E("Person", "Henri Perrier"),
           E("Person", "Jacques Herubel"), E("Person", "Claude Frantzen", "Frantzen"), E("Company", "Canal+"),
           E("Company", "Le Parisien"), E("Person", "Dominique Andreassier"), E("Location", "Pontoise"),
           E("Person", "Fernand Garnault"), E("Organization", "Fenvac"), E("Person", "Stephane Gicquel"),
           E("Person", "Christian Marty"), E("Person", "Roland Rappaport"), E("Person", "Daniel Soulez Larivière"),
           E("Location", "Washington"), E("Location", "France"), E("Person", "Olivier Metzner", "Metzner"),
           E("Person", "Michel Bourgeois", "Bourgeois")],
 # 'the UK-French firm behind Concorde - Aérospatiale' → provider Concorde → Aérospatiale (the aircraft type a
 # Service, its maker the Company); 'Airbus parent EADS' → parentOrganization; Aérospatiale 'have since merged into
 # Airbus parent EADS' → no relation (merged away, as GUIDELINES' merger rule; a doubtful point); 'a Continental
 # Airlines McDonnell Douglas DC-10' and 'the Air France jet' → no provider (an aircraft type and the airline flying
 # it, as batch 30e; McDonnell Douglas only inside the model name, no entity); 'two members of ... Aérospatiale' with
 # 'Henri Perrier was head of testing for Concorde and the aircraft's chief engineer was Jacques Herubel' → executive
 # of Aérospatiale, current false ('was'; the function's head, not the firm's; doubtful points); 'spokesman Stephane
 # Gicquel' of 'French group Fenvac' → spokesperson; 'The former chief of civil aviation, Claude Frantzen' → no role
 # (the authority unnamed); 'the Continental mechanic' John Taylor, 'his boss Stanley Ford', 'Air France lawyer
 # Fernand Garnault' (a lawyer, no post of the vocabulary; a doubtful point), lawyers, a judge and a former
 # investigator → no role; 'French', 'US', 'UK-French', 'Germans' adjectives; 'France' in a quote → Location; the
 # crash → no outage (a physical accident; a near-miss); 'Tuesday' → 2010-02-02 and 'today' → 2010-02-03 against
 # the Wednesday date line; '[1979]' → 1979; 'the 1970s', 'Four days before the crash' and 'four months' not listed
 roles=[R("Henri Perrier", "executive", "Aérospatiale", False), R("Jacques Herubel", "executive", "Aérospatiale", False),
        R("Stephane Gicquel", "spokesperson", "Fenvac")],
 relations=[L("Concorde", "provider", "Aérospatiale"), L("Airbus", "parentOrganization", "EADS")],
 outages=[],
 dates=[D("Tuesday", "2010-02-02"), D("2000", "2000"), D("today", "2010-02-03"), D("1979", "1979"),
        D("2003", "2003")])

A["wn-video-man-tasered-vancouver-airport-released-2007"] = dict(
 entities=[E("Location", "Vancouver"), E("Location", "Vancouver International Airport"),
           E("Person", "Robert Dziekanski", "Dziekanski"), E("Location", "Pieszyce"), E("Location", "Poland"),
           E("Person", "Zofia Cisowski"), E("Location", "Kamloops"), E("Location", "British Columbia"),
           E("Organization", "Royal Canadian Mounted Police", "RCMP"), E("Person", "Paul Pritchard", "Pritchard"),
           E("Location", "China"), E("Location", "Victoria"), E("Company", "CBC"), E("Company", "CTV"),
           E("Company", "Global"), E("Person", "Larry Berg"),
           E("Organization", "Vancouver International Airport Authority", "Vancouver Airport Authority"),
           E("Person", "Piotr Ogrodzinski"), E("Location", "Canada"),
           E("Organization", "British Columbia Coroner's Service"),
           E("Organization", "Commission for Public Complaints Against the RCMP")],
 # 'Larry Berg, President and CEO of the Vancouver Airport Authority' → president and ceo (the 'Vancouver
 # International Airport Authority' of the last paragraph the same body: one entity with the shorter form as alias;
 # an airport authority not said to be run as a business → Organization, a doubtful point); the airport itself a
 # Location (a site); 'CBC, CTV and Global television' → three broadcasters, Companies ('Global' as the text names
 # it; a doubtful point); 'Polish ambassador to Canada' → no role; 'a RCMP spokesman' unnamed; the Commission for
 # Public Complaints Against the RCMP → no relation to the RCMP (it oversees, it is not a unit); the death → no
 # outage; 'November 1' → 2007-11-01; 'next year' → 2008; 'within 48 hours' not listed
 roles=[R("Larry Berg", "president", "Vancouver International Airport Authority"),
        R("Larry Berg", "ceo", "Vancouver International Airport Authority")],
 relations=[],
 outages=[],
 dates=[D("November 1", "2007-11-01"), D("next year", "2008")])

A["wn-united-states-dr-larry-nassar-sentenced-2018"] = dict(
 entities=[E("Organization", "USA Gymnastics"), E("Person", "Larry Nassar", "Nassar"), E("Location", "Ingham County"),
           E("Location", "Michigan"), E("Location", "United States"), E("Person", "Rosemarie Aquilina", "Aquilina"),
           E("Organization", "Ingham County Circuit Court"), E("Location", "Lansing"),
           E("Person", "Rachael Denhollander"), E("Person", "Simone Biles"), E("Person", "Aly Raisman"),
           E("Person", "Gabby Douglas"), E("Organization", "Michigan State University"),
           E("Organization", "United States Olympic Committee", "USOC"), E("Person", "Kerry Perry"),
           E("Person", "Scott Blackmun"), E("Company", "Reuters"), E("Company", "Los Angeles Times")],
 # 'Former USA Gymnastics team doctor' / 'the team physician for USA Gymnastics' → other, current false (a staff
 # post, as GUIDELINES' staff attorneys → other; a doubtful point); 'he served with Michigan State University' → no
 # role (no title); 'The current president of USA Gymnastics, Kerry Perry' → president; 'USOC head Scott Blackmun' →
 # head; judges → no role; the USOC's place beside USA Gymnastics is not stated → no relation; 'Corporate sponsors'
 # unnamed; the Olympic Games an event → no entity; 'Wednesday' → 2018-01-24 and 'Monday' → 2018-01-22 against the
 # Saturday date line ('prior to the sentencing'); 'November' → 2017-11 (as 'November of 2017'); 'last year' → 2017;
 # 'December' → 2017-12 (Perry's 'first day on Dec. 1, 2017'); 'During the last seven days' not listed
 roles=[R("Larry Nassar", "other", "USA Gymnastics", False), R("Kerry Perry", "president", "USA Gymnastics"),
        R("Scott Blackmun", "head", "United States Olympic Committee")],
 relations=[],
 outages=[],
 dates=[D("Wednesday", "2018-01-24"), D("November", "2017-11"), D("2016", "2016"), D("November of 2017", "2017-11"),
        D("Monday", "2018-01-22"), D("last year", "2017"), D("December", "2017-12"),
        D("Dec. 1, 2017", "2017-12-01")])

A["wn-us-white-house-correspondent-helen-thomas-2010"] = dict(
 entities=[E("Person", "Helen Thomas", "Thomas", "Helen"), E("Location", "White House"),
           E("Person", "John F. Kennedy", "Kennedy"), E("Person", "Barack Obama", "Obama"),
           E("Location", "United States", "US"), E("Location", "Israel"), E("Location", "Palestine"),
           E("Location", "Middle East"), E("Company", "Hearst Newspaper", "Hearst"), E("Location", "Germany"),
           E("Location", "Poland"), E("Person", "David Nesenoff"), E("Service", "rabbilive.com"),
           E("Organization", "White House Correspondents Association"), E("Person", "Robert Gibbs"),
           E("Company", "United Press International"), E("Organization", "National Press Club"),
           E("Organization", "Gridiron Club"), E("Person", "George W. Bush"), E("Location", "Afghanistan")],
 # 'Her departure as Hearst Newspaper columnist' and 'a White House correspondent for United Press International' →
 # no role (columnist and correspondent are no titles of the vocabulary, as batches 24c-26d; a doubtful point);
 # 'the first female member and president of the White House Correspondents Association' → president, current
 # false (told as past; a doubtful point); 'the first female officer of the National Press Club' → no role (no
 # post named; a doubtful point); 'White House press secretary Robert Gibbs' → no role (the White House a Location,
 # as batch 30e; a doubtful point); presidents → president of United States (named on its own in the text): Obama
 # current (asked 'Mr. President' two weeks ago), Kennedy and Bush current false ('every president from John F.
 # Kennedy to Obama', 'During Kennedy's administration'; the text says no 'former': doubtful points); 'Hearst
 # Newspaper', 'The Hearst statement', 'the Hearst newspaper chain' → one Company; rabbilive.com, Nesenoff's
 # website → Service, no provider (a person runs it); the Internet, Jewish Heritage Day → no entity; 'Lebanese',
 # 'Israelis', 'Palestinians' adjectives or peoples; 'yesterday' and "Monday's" → 2010-06-07 against the Tuesday
 # date line; 'May 27' → 2010-05-27; 'last week', 'Two weeks ago', 'in recent years' not listed
 roles=[R("Helen Thomas", "president", "White House Correspondents Association", False),
        R("Barack Obama", "president", "United States"), R("John F. Kennedy", "president", "United States", False),
        R("George W. Bush", "president", "United States", False)],
 relations=[],
 outages=[],
 dates=[D("yesterday", "2010-06-07"), D("May 27", "2010-05-27"), D("Monday's", "2010-06-07"), D("1975", "1975")])

A["wn-nasa-launches-exoplanet-hunting-satellite-tess-2018"] = dict(
 entities=[E("Company", "SpaceX"), E("Service", "Falcon 9"), E("Location", "Cape Canaveral Air Force Base"),
           E("Location", "Florida"), E("Location", "United States", "US"),
           E("Organization", "National Aeronautics and Space Administration", "NASA"),
           E("Service", "Transiting Exoplanet Survey Satellite", "TESS"),
           E("Organization", "Massachusetts Institute of Technology", "MIT"),
           E("Location", "Kavli Institute for Astrophysics and Space Research"),
           E("Location", "Goddard Space Flight Center"), E("Person", "George Ricker"), E("Person", "Joel Villasenor"),
           E("Service", "Kepler space telescope", "Kepler"), E("Service", "Pleiades"),
           E("Location", "International Space Station")],
 # 'a SpaceX Falcon 9 rocket' → provider (as batch 26a's launcher and rocket); 'SpaceX is a private company that
 # has partnered with NASA before' → partner SpaceX → NASA (direction as written); TESS, Kepler and the supercomputer
 # → Services with no Company provider (NASA is an agency, as batch 26a); MIT's Kavli Institute and the Goddard
 # Space Flight Center → Locations (named research centres, as GUIDELINES), so no relation to MIT; 'NASA
 # Astrophysics Explorer mission' a programme → no entity; 'TESS principal investigator' and 'TESS instrument
 # scientist ... of MIT' → no role; the Moon, the Sun, the Earth → no entity; the launch 'postponed so the SpaceX
 # team could perform more guidance navigation control tests' → no outage (a near-miss); 'Wednesday' → 2018-04-18
 # against the Saturday date line, '6:51 p.m.' local and '2251 UTC' its times; 'Monday evening' → 2018-04-16 with
 # '6:32 p.m.'; 'launched into orbit around the Sun 2009' → 2009; '60 days', 'two-year mission' not listed
 roles=[],
 relations=[L("Falcon 9", "provider", "SpaceX"), L("SpaceX", "partner", "National Aeronautics and Space Administration")],
 outages=[],
 dates=[D("Wednesday", "2018-04-18"), D("6:51 p.m.", "2018-04-18T18:51"), D("2251 UTC", "2018-04-18T22:51"),
        D("2009", "2009"), D("6:32 p.m.", "2018-04-16T18:32"), D("Monday evening", "2018-04-16")])

A["wn-g-tze-make-dortmund-return-sch-2016"] = dict(
 entities=[E("Organization", "Borussia Dortmund", "BVB", "Dortmund"), E("Person", "Mario Götze", "Götze", "Mario"),
           E("Organization", "Bayern Munich", "Bayern"), E("Person", "André Schürrle", "Schürrle"),
           E("Organization", "VfL Wolfsburg", "Wolfsburg", "Wolves"), E("Person", "Hans-Joachim Watzke"),
           E("Organization", "Chelsea F.C."), E("Organization", "Mainz 05"), E("Organization", "Bayer Leverkusen"),
           E("Person", "Michael Zorc"), E("Location", "Germany")],
 # football clubs → Organization (GUIDELINES: sports teams and clubs), 'the Wolves' a nickname → alias; "Borussia
 # Dortmund's CEO Hans-Joachim Watzke" → ceo; "Borussia Dortmund's sporting director Michael Zorc" → executive (a
 # department's director, not a managing director; a doubtful point: director); players' transfers and contracts →
 # no relation (no company deal); the Bundesliga, the cups and the World Cup → no entity (competitions, events; the
 # Bundesliga a doubtful point); 'German' an adjective, 'Germany' (the national team's country) → Location; the
 # German originals of the quotes annotated as text too ('2013' twice, listed once); 'Thursday' → 2016-07-21 and
 # 'Friday' → 2016-07-22 against the Sunday date line; 'next month' → 2016-08; '2014' inside '2014 FIFA World Cup'
 # kept (as batch 30e's year inside a name); 'twelve years', 'three seasons' not listed
 roles=[R("Hans-Joachim Watzke", "ceo", "Borussia Dortmund"), R("Michael Zorc", "executive", "Borussia Dortmund")],
 relations=[],
 outages=[],
 dates=[D("Thursday", "2016-07-21"), D("Friday", "2016-07-22"), D("2014", "2014"), D("2001", "2001"),
        D("November 2010", "2010-11"), D("2013", "2013"), D("next month", "2016-08"),
        D("February 2015", "2015-02")])

A["wn-former-cia-agent-indicted-leaking-classified-2011"] = dict(
 entities=[E("Person", "Jeffrey Alexander Sterling", "Sterling"),
           E("Organization", "Central Intelligence Agency", "CIA"), E("Location", "St. Louis"),
           E("Location", "Missouri"), E("Location", "O'Fallon"),
           E("Company", "The New York Times", "New York Times"), E("Person", "James Risen", "Risen"),
           E("Location", "Iran"), E("Company", "NBC News"), E("Location", "Virginia"),
           E("Person", "Edward B. MacMahon Jr.", "MacMahon"), E("Location", "Alexandria"),
           E("Person", "Lanny Breuer"), E("Person", "Julian Assange"), E("Organization", "WikiLeaks")],
 # 'Julian Assange, founder of WikiLeaks' → founder; WikiLeaks → Organization ('the site's release': a site with a
 # founder, not said to be run as a business; a doubtful point: Service); 'an ex-officer of the Central
 # Intelligence Agency', 'employed by the CIA ... until he was fired' → no role (an officer is a rank, no post of
 # the vocabulary, as batch 30e's police superintendent; a doubtful point: other, current false); 'New York Times
 # reporter James Risen' → no role (a reporter); 'a Virginia attorney for Sterling' → no role; 'US Assistant
 # Attorney General Lanny Breuer' → no role (the department unnamed, 'US' an adjective); 'a U.S. District Court in
 # Alexandria' (a court, not named) and the book title → no entity; the CIA's spokesperson unnamed; 'Thursday' →
 # 2011-01-06 and 'a Monday hearing' → 2011-01-10 against the Saturday date line; 'From 2000' → 2000; 'for two
 # years', '10–20 years' not listed
 roles=[R("Julian Assange", "founder", "WikiLeaks")],
 relations=[],
 outages=[],
 dates=[D("Thursday", "2011-01-06"), D("May 1993", "1993-05"), D("January 2002", "2002-01"),
        D("Monday", "2011-01-10"), D("2006", "2006"), D("2000", "2000"), D("March 2002", "2002-03"),
        D("February 2003", "2003-02")])


def main(argv):
    if len(argv) < 3:
        sys.exit(__doc__)
    for s in ("train", "dev", "test"):
        os.makedirs(os.path.join(argv[2], s), exist_ok=True)
    b10.write_parts(argv[1], argv[2], (IDS, A))


if __name__ == "__main__":
    main(sys.argv)
