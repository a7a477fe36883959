#!/usr/bin/env python3
"""Batch 35j gold annotations (the texts of batch35j.py: four outage texts from the Western Area Power
Administration's staff newsletter, the Department of the Interior's court-ordered disconnection from the Internet, and
a Bonneville Power Administration release as a near-miss), written from each text alone; newskg was not run on any of
them. The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's
write_parts). The four WAPA pages have `published` null (no date on the stored pages), so only absolute dates are
listed (the Yutu text's dates with a year); day-and-month expressions and clock times without a year are not, and the
outages of three of them carry no date, start or end, as the
binding decisions require; durations stated or computable from clock times are still given.
Conventions of the batch (as batch 35b): WAPA, BPA and the Department of the Interior are federal bodies ->
Organization; public power bodies (a city, a municipal power agency, a state-chartered power project) ->
Organization; an investor-owned utility and a power company -> Company; named substations, dams and reservations ->
Location (named facilities and places); transmission lines named by their end points, rivers and highways -> no
entity; a craft grade ('Foreman II Lineman', 'Meter and Relay Specialists') -> no role; a manager -> executive.
usage: batch35j_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather36j/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R
import batch10_annotate as b10

A = {}
# ---- outages ----------------------------------------------------------------------------------------------------
A["us-wapa-crop-duster-gila-knob-line-outage-2021"] = dict(
 # 'WAPA' (the only form; the full name is in no kept line) -> Organization; Cary Grant (named in the opening joke)
 # -> Person, no role; Yuma, Arizona -> Location; 'the nearby Fort Yuma-Quechan Reservation' -> Location (a named
 # reservation); 'the Quechan Tribe' -> Organization under that name ('the Tribe' is a generic reference, no alias);
 # Justin Swires and Mike Simonton (alias 'Simonton') -> Person. Not annotated: 'the Gila-to-Knob 161-kilovolt
 # transmission line' (a line named by its end points), 'Dispatch' (WAPA's dispatch desk, unnamed as a unit)
 entities=[E("Person", "Cary Grant"), E("Location", "Yuma"), E("Location", "Arizona"),
           E("Person", "Justin Swires"), E("Organization", "WAPA"),
           E("Location", "Fort Yuma-Quechan Reservation"), E("Person", "Mike Simonton", "Simonton"),
           E("Organization", "Quechan Tribe")],
 # 'Transmission Lines and Substations Maintenance Manager Mike Simonton' -> executive ('manager') at WAPA (the
 # article is WAPA's and tells him working for WAPA's repair; doubtful: org by context). 'Foreman II Lineman Justin
 # Swires' -> no role (a craft grade, not a post)
 roles=[R("Mike Simonton", "executive", "WAPA")],
 # none: WAPA's 'coordination with the Quechan Tribe' for access is no partnership
 relations=[],
 # one outage: 'a crop-dusting helicopter struck the Gila-to-Knob 161-kilovolt transmission line in Yuma, Arizona,
 # at around 6 p.m., causing a service interruption' ... 'it was up to WAPA to get power restored' -> provider WAPA,
 # date null ('March 31' with published null and no year: no date, GUIDELINES), start null (a clock time without a
 # date), end null ('Restoration efforts continued through the following morning, April 1' gives no end time), no
 # duration, affected [] (no customer named), place Yuma, cause 'crop-dusting helicopter struck the line'
 outages=[O("WAPA", None, [], loc="Yuma", cause="crop-dusting helicopter struck the line")],
 # published null: 'March 31', 'April 1', '6 p.m.', '6:30', '9 p.m.' have no year -> none listed
 dates=[])

A["us-wapa-salt-river-microburst-line-damage-2022"] = dict(
 # 'the Salt River Pima-Maricopa Indian Community' (the place the microburst hit, 'in the ... Community north of
 # Phoenix') -> Location; Phoenix, Arizona -> Location; WAPA -> Organization; Arizona Public Service (investor-owned)
 # -> Company; Salt River Project (a public power body) -> Organization (doubtful: Company); 'Desert Southwest' (in
 # 'Desert Southwest crews and the region's helicopter': WAPA's region, as batch 35b took 'the Upper Great Plains
 # region') -> Location; Mike Simonton -> Person. Not annotated: 'State Highway 87' (a road), 'the Pinnacle
 # Peak-to-Rogers 230-kilovolt, double-circuit line' (a line named by its end points)
 entities=[E("Location", "Salt River Pima-Maricopa Indian Community"), E("Location", "Phoenix"),
           E("Location", "Arizona"), E("Organization", "WAPA"), E("Company", "Arizona Public Service"),
           E("Organization", "Salt River Project"), E("Location", "Desert Southwest"),
           E("Person", "Mike Simonton")],
 # 'Transmission Lines and Substation Maintenance Manager Mike Simonton' -> executive at WAPA (doubtful: org by
 # context, as in the crop-duster text)
 roles=[R("Mike Simonton", "executive", "WAPA")],
 # none: the three utilities' lines share a corridor; no partnership stated
 relations=[],
 # one outage: 'WAPA, Arizona Public Service and Salt River Project all suffered significant transmission line
 # damage along a shared corridor when the storm downed the lines ... More than 40,000 customers lost power locally
 # and in the greater Phoenix area, in some cases for days' -> provider null (three utilities' lines down and the
 # customers not tied to any one of them; doubtful: WAPA, the article's own agency, or one outage per utility),
 # date null ('July 17' with published null), no times or duration ('in some cases for days' is no figure),
 # affected [] (customers, no body named), place Phoenix ('locally and in the greater Phoenix area'; doubtful: the
 # Salt River Pima-Maricopa Indian Community, where the lines came down), cause 'microburst'
 outages=[O(None, None, [], loc="Phoenix", cause="microburst")],
 # published null: 'July 17' and 'the next day' have no year -> none listed
 dates=[])

A["us-wapa-powell-vining-substation-outage-2019"] = dict(
 # Paul Davis (alias 'Davis'), Zack Thorington, Joe Haskins (alias 'Joe') and Nathan Whitford (alias 'Nathan': 'we
 # called Joe and Nathan') -> Person; Powell, Wyoming, Cody -> Location ('Powell' names the town throughout: 'near
 # Powell, Wyoming', 'Nearly everyone in Powell, a city of about 6,300 residents'); the Vining Substation -> Location
 # (a named facility); Facebook (the platform Davis scrolled) -> Service, no provider named; WAPA, the Wyoming
 # Municipal Power Agency and 'the City of Powell' (the municipal utility whose crews restore power) ->
 # Organization; Garland Light & Power (a neighbouring power company) -> Company (doubtful: a cooperative). Not
 # annotated: 'Dispatch', 'the Maintenance program' (generic), 'the city' (generic)
 entities=[E("Person", "Paul Davis", "Davis"), E("Location", "Powell"), E("Location", "Wyoming"),
           E("Service", "Facebook"), E("Location", "Vining Substation"), E("Organization", "WAPA"),
           E("Organization", "Wyoming Municipal Power Agency"), E("Organization", "City of Powell"),
           E("Company", "Garland Light & Power"), E("Person", "Zack Thorington"),
           E("Person", "Joe Haskins", "Joe"), E("Person", "Nathan Whitford", "Nathan"), E("Location", "Cody")],
 # 'City Administrator Zack Thorington' -> head of the City of Powell (the administrator who runs the city, as an
 # agency administrator leading it; doubtful: org named 'City of Powell' in another sentence). 'Electrician Foreman
 # II Paul Davis', 'Meter and Relay Specialists Joe Haskins and Nathan Whitford' -> no role (craft grades)
 roles=[R("Zack Thorington", "head", "City of Powell")],
 # 'Powell is a WAPA customer through the Wyoming Municipal Power Agency' -> partner City of Powell -> WAPA (a stated
 # customer relation; the surface 'Powell' there names the city as a body, so the relation goes to the City of
 # Powell; doubtful). Not annotated: partner City of Powell -> Wyoming Municipal Power Agency (the agency is the
 # channel of supply, not said to be a customer or supplier in so many words; doubtful), Garland Light & Power's
 # crews helping (mutual aid, no partnership stated)
 relations=[L("City of Powell", "partner", "WAPA")],
 # two outages told apart, both with provider City of Powell (the Vining Substation serves the town, WAPA 'also has
 # meters at the substation', the city's crews restore it and the City Administrator asks residents to spare it;
 # doubtful: the substation's owner is not named in so many words), no date (published null, 'June 29' has no year)
 # and so no start or end:
 # (1) 'A breaker had failed at Vining Substation around 5 a.m.' ... 'Nearly everyone in Powell ... was without
 #     power' ... 'restore power by 11 a.m.' -> duration 6 (about 5 to 11 a.m.; computable, 'around'/'by': doubtful
 #     by the hour), place Powell, cause 'breaker failure' (the regulators' explosion followed it), affected [];
 # (2) 'The power held until about 4 p.m. when the load increased dramatically ... This overloaded the circuits and
 #     cut power to the city again' -> place Powell, cause 'overloaded circuits', no end (the excerpt breaks off)
 outages=[O("City of Powell", None, [], dur=6, loc="Powell", cause="breaker failure"),
          O("City of Powell", None, [], loc="Powell", cause="overloaded circuits")],
 # published null: 'June 29', '5 a.m.', '11 a.m.', '4 p.m.' have no year -> none listed
 dates=[])

A["us-wapa-typhoon-yutu-saipan-power-restoration-2018"] = dict(
 # the Northern Mariana Islands, Tinian, Saipan, Rota, Guam, the Philippines, South China, Taiwan, St. Thomas ->
 # Location; WAPA -> Organization; Sean Erickson and Will Schnyer -> Person. Not annotated: the typhoons Yutu and
 # Mangkhut (events; 'Typhoon Yutu' too), 'ESF-12' (an emergency support function, not a body)
 entities=[E("Location", "Northern Mariana Islands"), E("Location", "Tinian"), E("Location", "Philippines"),
           E("Location", "South China"), E("Location", "Taiwan"), E("Organization", "WAPA"),
           E("Location", "Saipan"), E("Person", "Sean Erickson"), E("Location", "Guam"), E("Location", "Rota"),
           E("Person", "Will Schnyer"), E("Location", "St. Thomas")],
 # 'Senior Power Operations Specialist Sean Erickson', 'Power System Construction and Maintenance Advisor Will
 # Schnyer' -> no role (specialist and adviser grades, not posts in the vocabulary; doubtful: other at WAPA)
 roles=[],
 relations=[],
 # one outage: Yutu struck on 'Oct. 24, 2018'; 'There wasn't a power grid when we got there' (Saipan) and WAPA's
 # employees sent 'to support power restoration on Saipan and Tinian' -> provider null (no utility named), date
 # 2018-10-24 (the typhoon's day, when the grid went; doubtful: the text shows the grid gone on arrival, after 26
 # October), no times, affected [], place Saipan (doubtful: Tinian too, where restoration was also needed), cause
 # 'Super Typhoon Yutu'. Not an outage: Mangkhut, which 'did affect Guam and Rota infrastructure' (no service loss
 # told)
 outages=[O(None, "2018-10-24", [], loc="Saipan", cause="Super Typhoon Yutu")],
 # published null -> absolute expressions only: 'Oct. 24, 2018'; '2018' (in '2018's strongest storm'); 'November
 # 2018'; 'November 2017'. Skipped: 'Oct. 26', 'Sept. 10', 'Nov. 10', 'September' (no year), 'the year'
 dates=[D("Oct. 24, 2018", "2018-10-24"), D("2018", "2018"), D("November 2018", "2018-11"),
        D("November 2017", "2017-11")])

A["us-doi-internet-disconnection-injunction-release-2004"] = dict(
 # 'the Department of the Interior' with 'DOI' and 'Interior' ('Interior Secretary', '\u201cInterior has invested')
 # -> Organization; the Minerals Management Service -> Organization; Gale A. Norton (alias 'Norton', 'Secretary
 # Norton') -> Person. Not annotated: 'a Federal Court' / 'the Court' (unnamed), 'Indian schools', 'Americans',
 # 'the Department' (generic), the Internet (no entity)
 entities=[E("Organization", "Minerals Management Service"), E("Person", "Gale A. Norton", "Norton"),
           E("Organization", "Department of the Interior", "DOI", "Interior")],
 # 'Interior Secretary Gale A. Norton' -> head of the Department of the Interior (a secretary leading the department,
 # GUIDELINES)
 roles=[R("Gale A. Norton", "head", "Department of the Interior")],
 # 'Minerals Management Service informs 36 state governors electronic minerals royalty payments ... will be
 # disrupted by disconnection' in a release on the disconnection of 'DOI Agencies' -> parentOrganization MMS -> DOI
 # (doubtful: the bureau is tied to the Department by the release's subject, not by a stated 'of' or 'unit')
 relations=[L("Minerals Management Service", "parentOrganization", "Department of the Interior")],
 # one outage: 'its March 15 injunction that disconnected most of the Department of the Interior's computer systems
 # from the Internet' ... 'preventing Americans from common access to key Federal agencies'; Indian schools 'remain
 # isolated from e-mail and web access'; MMS's electronic royalty payments 'will be disrupted by disconnection' ->
 # provider Department of the Interior (its systems went off line), date 2004-03-15 (the injunction's day, the
 # disconnection following it; doubtful by a day), no times, affected the Minerals Management Service (its payments
 # hit), no place, cause 'court injunction'. Doubtful as an outage at all: a disconnection ordered by a court, which
 # the binding decisions' 'government orders closing a broadcaster or a market' may cover; taken as an outage as
 # batch 34h took government-ordered internet shutdowns, since users lost the Department's web and e-mail services
 outages=[O("Department of the Interior", "2004-03-15", ["Minerals Management Service"], cause="court injunction")],
 # published 2004-03-23: 'March 15' -> 2004-03-15
 dates=[D("March 15", "2004-03-15")])

# ---- near-miss --------------------------------------------------------------------------------------------------
A["us-bpa-insulator-vandalism-seven-year-high-release-2002"] = dict(
 # 'PORTLAND' (the dateline's capitals, the only form), 'Ore.' (the state, abbreviated, as batch 35b), Bovill, Idaho, Orofino, Eugene, Columbia Falls, 'Mont.'
 # -> Location; Dworshak Dam -> Location (a named facility); 'Bonneville Power Administration' with 'BPA' ->
 # Organization; Bob Windus (alias 'Windus') -> Person. Not annotated: the Crime Witness Program and Hotline (a
 # programme and its telephone line), the North Fork of the Clearwater River (a river), 'the Pacific Northwestern
 # states' (an adjective phrase, no region named as such)
 entities=[E("Location", "PORTLAND"), E("Location", "Ore."), E("Organization", "Bonneville Power Administration",
           "BPA"), E("Person", "Bob Windus", "Windus"), E("Location", "Bovill"), E("Location", "Idaho"),
           E("Location", "Dworshak Dam"), E("Location", "Orofino"), E("Location", "Eugene"),
           E("Location", "Columbia Falls"), E("Location", "Mont.")],
 # 'Bob Windus, BPA security chief' -> executive at BPA (the head of a function, not of the agency; doubtful: head)
 roles=[R("Bob Windus", "executive", "Bonneville Power Administration")],
 relations=[],
 # no outage: 'shooters blasted away insulators on a 500-kilovolt-transmission line near Bovill ... The resulting
 # outage darkened another 500-kV line and shut down the powerhouse at Dworshak Dam ... The outages lasted over nine
 # hours' -- lines and a generating plant out of service, no customer or utility said to lose power (near-miss;
 # doubtful, see the pool note); 'Communities ... are all possibly affected' is general
 outages=[],
 # published 2002-06-24: 'June 24, 2002'; 'this year' -> 2002; 'this spring' -> 2002 (a season -> the year);
 # 'Since February' -> 'February' 2002-02 (the February of this year); 'Early this month' -> 2002-06. Skipped: 'the
 # past seven years', 'over nine hours' (spans)
 dates=[D("June 24, 2002", "2002-06-24"), D("this year", "2002"), D("this spring", "2002"),
        D("February", "2002-02"), D("Early this month", "2002-06")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
