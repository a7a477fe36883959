#!/usr/bin/env python3
"""Batch 44i gold annotations (the texts of batch44i.py: the Department's release on American Skiing Co.'s $137
million acquisition of S-K-I Ltd., 11 June 1996; the Antitrust Division's release clearing Clear Channel
Communications Inc.'s acquisition of Universal Outdoor Holdings Inc., 1 April 1998; the Division's Federal Register
notices on the proposed acquisition of Citicasters, Inc. by Jacor Communications, Inc., 16 August 1996, and on the
proposed acquisition by USA Waste Services, Inc. of the stock of Sanifill, Inc., 17 September 1996), written from the
texts alone; newskg was not run on them. The split follows the fixed rule: the sorted ids dealt along test, train,
dev, train (batch10_annotate's write_parts). Dates resolve against `published`.
Conventions (batches 16e, 21c, 40zk, 41c, 41h, 42h, 42k, 42w, 42z, 43c, 43h, 43j, 43l, 43m, 43o, 43q, 43s, 43v, 44a and
44e for the Division's texts; GUIDELINES section 2): 'may go ahead with its acquisition of Y' / 'today cleared X's
acquisition of Y' / 'the proposed acquisition of Y by X' / 'the proposed acquisition by X of the stock of Y',
challenged or cleared on a settlement -> agreed: `acquired` only (42w-44e); 'Y is the parent company of Z' -> Z under
Y; assets to be bought (billboard assets, a radio station) -> nothing; radio stations -> Company (batch 35l, 43v), a
station a company 'will acquire from' its owner -> under that owner; "The Department's Antitrust Division" after
'The Department of Justice' -> the Division under the Department (43q), not where the text says only 'the Antitrust
Division' (41h); '(Acting) Assistant Attorney General in charge of the (Department's) Antitrust Division' -> head of
the Division (41h, 43c, 44e); the dateline and 'U.S. District Court in Washington' -> one Location, the court apart
(41h, 43c, 43q, 44e); named ski resorts -> Location (GUIDELINES: named sites); the United States as plaintiff or place
-> Location, without the case name's form as an alias (43q, 43v, 44a, 44e); courts -> Organization, named as the text
names them; 'today' and 'last year' resolved against `published`; 'the Court', 'the Department', 'defendants', laws
and court papers not annotated.
usage: batch44i_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather45i/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs
import batch10_annotate as b10
from batch41c_annotate import DOJ, ATR, ATR_DOJ

A = {}

# ---- American Skiing / S-K-I, Office of Public Affairs release, published 1996-06-11 (a Tuesday) ----------------------
ASC = "American Skiing Co."
SKI = "S-K-I Ltd."
A["us-doj-american-skiing-s-k-i-divest-waterville-valley-mount-cranmore-1996"] = dict(
 # Companies: American Skiing Co. ('American Skiing' twice and "American Skiing's", an alias), S-K-I Ltd. ('S-K-I'
 # once, an alias). Organizations: the Department of Justice ('The Department', "the Department's" generic), the
 # Antitrust Division ("The Department's Antitrust Division", "the Department's Antitrust Division"), the court ('U.S.
 # District Court in Washington' -> 'U.S. District Court', the city apart, 41h, 43c, 44e; 'the court' generic).
 # Person: Anne K. Bingaman (only the full name). Locations: Washington (the court's seat 'U.S. District Court in
 # Washington', the name, and the dateline 'WASHINGTON, D.C.', an alias: one city, as 43q's WDC, named in the case the
 # text writes it outside the dateline since 'Washington, D.C.' itself is not in the text; **doubtful**: a reader may
 # name it from the dateline), New England (four times), New Hampshire, the resorts Waterville
 # Valley and Mount Cranmore ('its New Hampshire ski resorts at Waterville Valley and Mount Cranmore': named sites ->
 # Location, GUIDELINES; **doubtful**: a reader may read them as places, the same call), Maine, Massachusetts and
 # Connecticut ('eastern Massachusetts', 'eastern Connecticut' and the plain names -> the states), Rhode Island. Not
 # annotated: 'eight of the largest ski resorts' (unnamed), 'the deal', 'a civil suit', 'a proposed settlement', 'the
 # New England ski industry'
 entities=[E("Location", "Washington", "WASHINGTON, D.C."), E("Organization", DOJ),
           E("Company", ASC, "American Skiing"), E("Company", SKI, "S-K-I"), E("Organization", ATR),
           E("Organization", "U.S. District Court"), E("Person", "Anne K. Bingaman")]
          + locs("New England", "New Hampshire", "Waterville Valley", "Mount Cranmore", "Maine", "Massachusetts",
                 "Connecticut", "Rhode Island"),
 # 'Anne K. Bingaman, Assistant Attorney General in charge of the Department's Antitrust Division' -> head of the
 # Antitrust Division, current (41h, 44a, 44e)
 roles=[R("Anne K. Bingaman", "head", ATR)],
 # 'American Skiing Co. ... may go ahead with its $137 million acquisition of S-K-I Ltd. as long as American Skiing
 # sells its New Hampshire ski resorts' and "American Skiing's original proposal to buy S-K-I", settled -> agreed:
 # acquired only (42w-44e; **doubtful** as there: the text does not say the deal closed). "The Department's Antitrust
 # Division" -> the Division under the Department (43q). The resorts take no relation (named sites: GUIDELINES;
 # **near-miss**: 'its New Hampshire ski resorts at Waterville Valley and Mount Cranmore' are American Skiing's to
 # sell)
 relations=[L(ASC, "acquired", SKI), ATR_DOJ],
 outages=[],
 # 'today' -> 1996-06-11; 'last year' ('about $400 million was spent last year on skiing') -> 1995. Not dates: '$137
 # million', 'day skiing trips', 'week-end excursions' (no calendar value)
 dates=[D("today", "1996-06-11"), D("last year", "1995")])

# ---- Clear Channel / Universal Outdoor Holdings, Antitrust Division release, published 1998-04-01 (a Wednesday) ------
CCC = "Clear Channel Communications Inc."
UOH = "Universal Outdoor Holdings Inc."
UOI = "Universal Outdoor Inc."
A["us-doj-clear-channel-universal-outdoor-holdings-billboard-divestiture-1998"] = dict(
 # Companies: Clear Channel Communications Inc. ('Clear Channel' once, an alias), Universal Outdoor Holdings Inc.
 # (twice, only the full name), Universal Outdoor Inc. (twice, only the full name; 'the fourth largest outdoor
 # advertising company'), Whiteco Industries, Inc. ('Whiteco' once, an alias; 'a leading national outdoor advertising
 # company'). Organizations: the Department of Justice ("the Department's" generic), the Antitrust Division. Person:
 # Joel Klein (as written, no middle initial). Locations: the dateline 'WASHINGTON, D.C' (as written, no full stop
 # before the em dash: named as the text gives it, the only form of the city in the text; **doubtful**: a reader may
 # write 'Washington, D.C.'), Milwaukee (three times), Wisconsin, Orlando (twice), Florida (twice), Pinellas County
 # (twice), St. Petersburg, Merrillville, Indiana. Not annotated: 'billboard assets', 'three markets', 'one significant
 # billboard provider', 'a significant competitor' (unnamed), '35 states', 'over 20 cities'
 entities=[E("Location", "WASHINGTON, D.C"), E("Organization", DOJ), E("Company", CCC, "Clear Channel"),
           E("Company", UOH), E("Person", "Joel Klein"), E("Organization", ATR),
           E("Company", "Whiteco Industries, Inc.", "Whiteco"), E("Company", UOI)]
          + locs("Milwaukee", "Wisconsin", "Orlando", "Florida", "Pinellas County", "St. Petersburg", "Merrillville",
                 "Indiana"),
 # 'said Joel Klein, Assistant Attorney General in charge of the Antitrust Division' -> head of the Antitrust
 # Division, current (41h, 42z)
 roles=[R("Joel Klein", "head", ATR)],
 # 'The Department of Justice today cleared Clear Channel Communications Inc.'s $1.1 billion acquisition of Universal
 # Outdoor Holdings Inc., after Clear Channel agreed to ... selling billboard assets' -> cleared, not told completed:
 # acquired only (42w-44e; **doubtful**: 'cleared' may read as done). 'Universal Outdoor Holdings Inc. is the parent
 # company of Universal Outdoor Inc.' -> Universal Outdoor Inc. under the holding company. 'The assets will be
 # purchased by Whiteco Industries, Inc.' -> an asset purchase: nothing (**near-miss**). 'the Antitrust Division' with
 # no "Department's" -> no relation to the Department (41h). 'Whiteco is headquartered in Merrillville, Indiana' -> a
 # place, no relation
 relations=[L(CCC, "acquired", UOH), L(UOI, "parentOrganization", UOH)],
 outages=[],
 # 'today' -> 1998-04-01; '1996' ('net revenues of approximately $176 million in 1996') -> 1996. Not dates: '$1.1
 # billion', '35 states', '20 cities'
 dates=[D("today", "1998-04-01"), D("1996", "1996")])

# ---- Jacor / Citicasters, Federal Register notice, published 1996-08-16 (a Friday) ------------------------------------
JAC = "Jacor Communications, Inc."
CIT = "Citicasters, Inc."
A["us-doj-federal-register-jacor-communications-citicasters-proposed-final-judgment-1996"] = dict(
 # Companies: Jacor Communications, Inc. (the case name and the transaction; 'Jacor' five times and "Jacor's", an
 # alias), Citicasters, Inc. ('Citicasters' once, an alias), WKRQ-FM ('WKRQ' once, an alias; a radio station ->
 # Company, batches 35l, 43v). Organization: the court, 'United States District Court for the Southern District of
 # Ohio'. Locations: the United States (plaintiff: 'give the United States prior notice'; 'United States of America
 # v.' in the case name is the same entity, its form not an alias), Cincinnati (six times), Ohio. Not annotated:
 # 'Jacor's other Cincinnati radio stations', 'Cincinnati stations that are not owned by Jacor' (unnamed),
 # 'defendants', 'the decree', 'the Complaint', the laws and court papers
 entities=[E("Organization", "United States District Court for the Southern District of Ohio"),
           E("Location", "United States"), E("Company", JAC, "Jacor"), E("Company", CIT, "Citicasters"),
           E("Company", "WKRQ-FM", "WKRQ")]
          + locs("Cincinnati", "Ohio"),
 # No person in the kept text (the section chief's name is cut off)
 roles=[],
 # 'the proposed acquisition of Citicasters, Inc. by Jacor Communications, Inc.', settled on a proposed Final
 # Judgment -> agreed: acquired only (42w-44e; **doubtful** as there: the text does not say the deal closed).
 # 'WKRQ-FM, it will acquire from Citicasters' -> the station is Citicasters' now: WKRQ-FM under Citicasters, Inc.
 # (43v's "Chancellor's WALK-FM"; **doubtful**: the ownership is told through the coming buy, a reader may leave it).
 # Jacor's coming hold of WKRQ-FM (a station it must sell within six months) -> no second parent; 'future radio
 # station acquisitions' (unnamed) -> nothing (**near-miss**)
 relations=[L(JAC, "acquired", CIT), L("WKRQ-FM", "parentOrganization", CIT)],
 outages=[],
 # No date in the kept text: 'within six months of the filing' (a span from an untold date), 'the statutory 60-day
 # comment period' (a span), 'C-1-96-757', 'Section 7', 'Sec. 18' are not dates
 dates=[])

# ---- USA Waste / Sanifill, Federal Register notice, published 1996-09-17 (a Tuesday) ----------------------------------
USA = "USA Waste Services, Inc."
SAN = "Sanifill, Inc."
A["us-doj-federal-register-usa-waste-services-sanifill-proposed-final-judgment-1996"] = dict(
 # Companies: USA Waste Services, Inc. (the case name and the transaction; only the full name, twice), Sanifill, Inc.
 # (the case name and the transaction; only the full name, twice). Organization: the court as this notice names it,
 # 'the United States District Court in the District of Columbia' ('in', not 'for': named as written). Locations: the
 # United States (plaintiff: 'the United States filed'; 'United States v.' in the case name is the same entity),
 # Houston (twice), Texas, Johnstown (twice), Pennsylvania. Not annotated: 'a dry waste landfill', 'certain
 # commercial and residential hauling assets', 'certain municipal solid waste landfill capacity rights' (unnamed
 # assets), 'the companies', 'the Complaint', the laws and court papers
 entities=[E("Organization", "United States District Court in the District of Columbia"),
           E("Location", "United States"), E("Company", USA), E("Company", SAN)]
          + locs("Houston", "Texas", "Johnstown", "Pennsylvania"),
 # No person in the kept text (the section chief's name is cut off)
 roles=[],
 # 'the proposed acquisition by USA Waste Services, Inc. of the stock of Sanifill, Inc.' -> a buy of the company's
 # stock (the whole company: the text says 'the stock', not a part of it), settled on a proposed Final Judgment ->
 # agreed: acquired only (42w-44e; **doubtful**: a reader may ask whether 'the stock' is all of it). The ordered sale
 # of a landfill and hauling assets names no buyer -> nothing (**near-miss**)
 relations=[L(USA, "acquired", SAN)],
 outages=[],
 # 'August 30, 1996' -> 1996-08-30. Not dates: '16 (b) through (h)', '1:96CV02031', 'Section 7', 'the statutory
 # 60-day comment period' (a span)
 dates=[D("August 30, 1996", "1996-08-30")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
