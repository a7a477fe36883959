#!/usr/bin/env python3
"""Batch 35b gold annotations (the texts of batch35b.py: transmission outages told by two federal power marketing
administrations, BPA and WAPA, and three near-misses), written from each text alone; newskg was not run on any of
them. The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's
write_parts). Every text has a `published` date (an article's or release's date, a court order's date, the newest
entry of WAPA's status page, the Eagle Creek release's day as worked out in its pool note), so relative expressions
are resolved against it.
Conventions of the batch: BPA and WAPA are federal agencies -> Organization, and each is the provider of an outage
on its own lines, buses or substations; the utilities whose load was lost are the outage's `affected` (cooperatives
and investor-owned utilities -> Company, public utility districts and city utilities -> Organization); named
substations -> Location (named facilities); transmission lines and buses named by their end points -> no entity; a
river -> no entity; date ranges ('Feb. 13-15', 'Dec. 25-26') skipped, as batch 34b did.
usage: batch35b_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather36b/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R
import batch10_annotate as b10

BPA = "Bonneville Power Administration"
A = {}
# ---- outages ----------------------------------------------------------------------------------------------------
A["us-bpa-winter-storm-line-outages-load-restored-2021"] = dict(
 # BPA (spelled out once, 'BPA' elsewhere) -> Organization; 'Power Services' (capitalised, a business line whose
 # forecasters' lead time is told; BPA's by context, not said -> Organization, no relation, doubtful); Consumer Power
 # Inc. (an electric cooperative, a business) and Portland General Electric -> Company; the City of Monmouth, Lewis
 # County Public Utility District and the City of Centralia (public utilities) -> Organization; the Northwest,
 # Portland, Salem, Oregon -> Location; the Oregon City Substation -> Location (a named facility). Not annotated:
 # 'lower Columbia River' (a river, in 'hydroelectric projects'), 'our Chehalis 69 kV bus' (equipment named for its
 # place), 'Power staff', 'transmission dispatchers' (generic)
 entities=[E("Location", "Northwest"), E("Location", "Portland"), E("Organization", BPA, "BPA"),
           E("Organization", "Power Services"), E("Person", "John Hairston"), E("Company", "Consumer Power Inc."),
           E("Organization", "City of Monmouth"), E("Location", "Salem"), E("Location", "Oregon"),
           E("Company", "Portland General Electric"), E("Location", "Oregon City Substation"),
           E("Organization", "Lewis County Public Utility District"), E("Organization", "City of Centralia")],
 # 'John Hairston, Administrator and CEO of BPA' -> ceo, and head for the agency's administrator (both posts named,
 # as the binding decisions give both where two posts are named)
 roles=[R("John Hairston", "ceo", BPA), R("John Hairston", "head", BPA)],
 # none: the utilities are BPA's load and 'customer' feeders, but no supply contract is stated between named
 # parties (doubtful: a reader may take Lewis County PUD and Centralia as BPA customers -> partner); Power Services
 # not tied to BPA in words
 relations=[],
 # three outages told apart:
 # (1) 'damage from the storms resulted in hundreds of thousands of homes without power in some of the hardest hit
 #     areas south of Portland' over 'the holiday weekend of Feb. 13-15' -> provider null (the distribution
 #     utilities are not named), date 2021-02-13 (the weekend's first day), no place (south of Portland, a
 #     direction), cause 'damage from the storms' (doubtful: an overview sentence rather than an event; kept as the
 #     text states homes lost power);
 # (2) 'Overnight on Friday, Feb. 12, the first wave of storm activity resulted in outages on 11 different
 #     transmission lines. BPA lost 20 megawatts of load at Consumer Power Inc. and the City of Monmouth ... as well
 #     as 5 MW of load to Portland General Electric ... BPA restored those loads by Saturday afternoon' -> provider
 #     BPA, date 2021-02-12, no clock times (the end is 'by Saturday afternoon'), affected the three utilities (one
 #     outage: one wave and one restoration told together; doubtful: the PGE line may be a second), place Oregon
 #     (Monmouth 'southwest of Salem, Oregon' and the Oregon City Substation), cause 'storm activity';
 # (3) 'Saturday morning, a tree on a customer feeder line resulted in an outage on our Chehalis 69 kV bus and
 #     interrupted 164 MW of BPA load to Lewis County Public Utility District and the City of Centralia. BPA
 #     restored that load within about 2 hours' -> provider BPA, date 2021-02-13, duration 2, affected the two
 #     utilities, no place (Chehalis only names the bus), cause 'tree on a customer feeder line'.
 # Not outages: 'numerous line outages' rerouted with no load lost (told in general), 'planned generation outages'
 outages=[O(None, "2021-02-13", [], cause="damage from the storms"),
          O(BPA, "2021-02-12", ["Consumer Power Inc.", "City of Monmouth", "Portland General Electric"],
            loc="Oregon", cause="storm activity"),
          O(BPA, "2021-02-13", ["Lewis County Public Utility District", "City of Centralia"], dur=2,
            cause="tree on a customer feeder line")],
 # published 2021-02-19 (a Friday): 'Friday, Feb. 12'; 'Saturday afternoon' and 'Saturday morning' -> 2021-02-13
 # (the Saturday after that Friday). Skipped: 'Feb. 13-15' (a range), 'Overnight', 'about 2 hours'
 dates=[D("Friday, Feb. 12", "2021-02-12"), D("Saturday afternoon", "2021-02-13"),
        D("Saturday morning", "2021-02-13")])

A["us-bpa-apple-crate-fire-midway-grandview-line-outage-2022"] = dict(
 # BPA -> Organization; Grandview and Washington (the state, 'near Grandview, Washington') -> Location; John Lahti
 # and Michelle Cathcart -> Person; 'Transmission Field Services' and 'Transmission System Operations' (the units
 # whose vice presidents speak) -> Organization. Not annotated: 'the Midway\u2013Grandview 115-kilovolt line' (a
 # line named by its end points), 'Transmission' alone ('Transmission was able to redirect power': the business
 # line, unnamed as such), 'Transmission operators', 'firefighters' (generic)
 entities=[E("Organization", BPA, "BPA"), E("Location", "Grandview"), E("Location", "Washington"),
           E("Person", "John Lahti"), E("Organization", "Transmission Field Services"),
           E("Person", "Michelle Cathcart"), E("Organization", "Transmission System Operations")],
 # 'Transmission Field Services Vice President John Lahti', 'Michelle Cathcart, vice president of Transmission
 # System Operations' -> vice-president at the unit named (doubtful: org BPA itself)
 roles=[R("John Lahti", "vice-president", "Transmission Field Services"),
        R("Michelle Cathcart", "vice-president", "Transmission System Operations")],
 # both units are BPA's (they speak of 'BPA's system' and 'our system limits' in BPA's article) -> parentOrganization
 # (doubtful: implied by context, not stated)
 relations=[L("Transmission Field Services", "parentOrganization", BPA),
            L("Transmission System Operations", "parentOrganization", BPA)],
 # one outage: 'Monday, Aug. 29, around 7:00 p.m., a different kind of fire damaged multiple BPA structures on the
 # Midway\u2013Grandview 115-kilovolt line near Grandview, Washington' ... 'the damage led to BPA losing service to
 # about 74 megawatts of load in the area' ... 'some people in the area were in the dark for about 90 minutes' ->
 # provider BPA, date 2022-08-29, start 19:00 (the fire's time, 'around'; the loss followed it -- doubtful by
 # minutes), end null (not stated), duration 1.5, affected [] (no customer named), place Grandview, cause 'apple
 # crate fire' ('Five-thousand wooden apple crates that burst into flames'). The line's later days out of service
 # under repair are told with the load served another way: no second outage
 outages=[O(BPA, "2022-08-29", [], start="2022-08-29T19:00", dur=1.5, loc="Grandview", cause="apple crate fire")],
 # published 2022-09-22: 'Monday, Aug. 29'; '7:00 p.m.' on that day; 'late Tuesday afternoon' -> 2022-08-30 (the
 # next day, the repair's deadline). Skipped: 'the past few years', 'about 90 minutes'
 dates=[D("Monday, Aug. 29", "2022-08-29"), D("7:00 p.m.", "2022-08-29T19:00"),
        D("late Tuesday afternoon", "2022-08-30")])

A["us-bpa-weather-related-transmission-outages-release-2025"] = dict(
 # 'Bonneville Power Administration' with 'BPA' and 'Bonneville' ('Bonneville crews') -> Organization; Oregon,
 # Washington (in 'the Oregon northern coast and southwestern Washington'), Driscoll, Astoria, Tillamook, Forest
 # Grove -> Location; PacifiCorp (an investor-owned utility) and Western Electric Co-op (a cooperative) -> Company;
 # Wahkiakum Public Utility District, Tillamook People's Utility District and the City of Forest Grove (public
 # utilities) -> Organization. Not annotated: 'BPA's utility customers', 'customer utilities' (generic)
 entities=[E("Organization", BPA, "BPA", "Bonneville"), E("Location", "Oregon"), E("Location", "Washington"),
           E("Location", "Driscoll"), E("Location", "Astoria"), E("Location", "Tillamook"),
           E("Location", "Forest Grove"), E("Company", "PacifiCorp"),
           E("Organization", "Wahkiakum Public Utility District"),
           E("Organization", "Tillamook People\u2019s Utility District"), E("Organization", "City of Forest Grove"),
           E("Company", "Western Electric Co-op")],
 roles=[],
 # none: 'BPA is working in conjunction with PacifiCorp and local impacted utilities' is joint storm work, not a
 # stated partnership or supply contract (doubtful: partner BPA -> PacifiCorp; the listed utilities are BPA's
 # customers only by context)
 relations=[],
 # one outage: 'Bonneville Power Administration experienced over 40 transmission outages across its service
 # territory due to extreme weather experienced in the early morning of Dec. 17' with 'several points of delivery
 # serving BPA's utility customers out of service' -> provider BPA, date 2025-12-17, no clock time ('early
 # morning'), affected the four 'local impacted utilities' named, no place (the outages are 'across its service
 # territory'; the northern Oregon coast and southwestern Washington are where the focus is -- doubtful: location
 # Oregon), cause 'extreme weather' (a cold front's gusty winds, trees). The 40-odd line outages are counted, not told
 # one by one: one event. Not outages: the suspended 'maintenance outages' (planned work called off)
 outages=[O(BPA, "2025-12-17", ["Wahkiakum Public Utility District", "Tillamook People\u2019s Utility District",
                                  "City of Forest Grove", "Western Electric Co-op"], cause="extreme weather")],
 # published Wednesday 2025-12-17: 'Dec. 17'; 'Tuesday night' -> 2025-12-16
 dates=[D("Dec. 17", "2025-12-17"), D("Tuesday night", "2025-12-16")])

A["us-wapa-summit-substation-december-blizzard-outage-2016"] = dict(
 # 'WAPA' (the only form in the text; its full name is in no kept line) -> Organization; Watertown, Montana, the
 # Dakotas, the Upper Great Plains -> Location; 'South Dakota' with 'S.D.' -> Location; the Summit Substation ->
 # Location (a named facility); Jammy Eitreim (the photographer) -> Person, no role ('Watertown Line Forman', no
 # organisation named). Not annotated: the Summit-to-Watertown, Forman-to-Summit and Bristol-Summit lines (lines
 # named by their end points), 'local utilities' (generic)
 entities=[E("Location", "Watertown"), E("Location", "South Dakota", "S.D."), E("Location", "Montana"),
           E("Location", "Dakotas"), E("Person", "Jammy Eitreim"), E("Location", "Upper Great Plains"),
           E("Organization", "WAPA"), E("Location", "Summit Substation")],
 roles=[],
 relations=[],
 # one outage: the Christmas blizzard 'knocking out power to residents and communities in Montana and the Dakotas',
 # 'The Watertown, S.D., area was hit particularly hard', and WAPA's 'power system recovery for the Summit Substation
 # near Watertown' with 'Dec. 29, 4:40p: The Bristol-Summit transmission line and Summit Substation have been
 # energized' -> provider WAPA (the status page is of WAPA's own recovery, 'WAPA returned its ... line'; doubtful:
 # the text does not say in so many words that the substation is WAPA's), date 2016-12-25, start null (no hour),
 # end 2016-12-29T16:40, no duration (the start hour unknown), affected [] (communities, no utility named), place
 # Watertown (the area hit hardest, the substation 'near Watertown'; doubtful: Summit Substation), cause 'ice storm
 # and blizzard'. The Forman-to-Summit line out of service from 25 December to 21 January is a second path restored
 # after service was back ('additional path'): not a further loss of service
 outages=[O("WAPA", "2016-12-25", [], end="2016-12-29T16:40", loc="Watertown", cause="ice storm and blizzard")],
 # published 2017-01-21 (the newest entry): 'Dec. 28' -> 2016-12-28 (the caption's repair day, the last 28 December
 # before publication); 'Dec. 25, 2016'; 'Jan. 21, 2017'; 'Dec. 25' -> 2016-12-25 (another text, same value);
 # 'Dec. 29' -> 2016-12-29; the entries' clock times on that day: '4:40p' -> T16:40, '3:25p' -> T15:25, '6:30a' ->
 # T06:30; 'this afternoon' (in 'late this afternoon' and the 6:30 entry) -> 2016-12-29, one item. Skipped:
 # 'Dec. 25-26' (a range)
 dates=[D("Dec. 28", "2016-12-28"), D("Dec. 25, 2016", "2016-12-25"), D("Jan. 21, 2017", "2017-01-21"),
        D("Dec. 25", "2016-12-25"), D("Dec. 29", "2016-12-29"), D("4:40p", "2016-12-29T16:40"),
        D("3:25p", "2016-12-29T15:25"), D("this afternoon", "2016-12-29"), D("6:30a", "2016-12-29T06:30")])

# ---- near-misses ------------------------------------------------------------------------------------------------
A["us-bpa-eagle-creek-fire-no-customer-outages-2017"] = dict(
 # BPA -> Organization; Portland and 'Ore.' (the state, abbreviated, as batch 34b took 'CO'), the Pacific Northwest,
 # Washington -> Location; 'the Forest Service Fire Management Team 6' -> Organization under its full form; the
 # Acton Substation -> Location (a named facility); 'the City of Cascade Locks' -> Organization, alias 'Cascade
 # Locks' ('Working with Cascade Locks'; the same surface form also names the place the line runs to). Not
 # annotated: the Eagle Creek Fire (an event), the Columbia River (a river), the North Bonneville-Hood River and
 # Knight-Ostrander lines (lines named by end points), 'emergency responders', 'fire crews' (generic)
 entities=[E("Location", "Portland"), E("Location", "Ore."), E("Organization", BPA, "BPA"),
           E("Location", "Pacific Northwest"), E("Organization", "Forest Service Fire Management Team 6"),
           E("Location", "Acton Substation"), E("Organization", "City of Cascade Locks", "Cascade Locks"),
           E("Location", "Washington")],
 roles=[],
 # none: BPA 'coordinating its transmission actions with' the fire team is no partnership
 relations=[],
 # no outage: 'No BPA customers are experiencing outages from BPA service at this time'; the line taken out of
 # service for fire crews, the Acton Substation de-energized 8:50-10:04 p.m. 'at the request and in coordination
 # with the City of Cascade Locks', the Knight-Ostrander line tripped by smoke -- equipment out of service with no
 # loss of service told (a denied outage; doubtful for Acton, see the pool note)
 outages=[],
 # published Tuesday 2017-09-05: 'Monday' -> 2017-09-04 (both times, one item); '8:50 p.m.', '10:04 p.m.' and
 # '9:21 p.m.' on that Monday; '7:12 a.m.' and 'this morning' -> 2017-09-05. Skipped: 'Currently', 'at this time'
 dates=[D("Monday", "2017-09-04"), D("8:50 p.m.", "2017-09-04T20:50"), D("10:04 p.m.", "2017-09-04T22:04"),
        D("9:21 p.m.", "2017-09-04T21:21"), D("7:12 a.m.", "2017-09-05T07:12"), D("this morning", "2017-09-05")])

A["us-wieb-court-cmecf-upgrade-administrative-order-2023"] = dict(
 # 'the court's Case Management/Electronic Case Filing (CM/ECF) system' -> Service 'CM/ECF' with its spelled-out
 # name as alias (batch 34k's form). Not annotated: 'the court', 'the clerk's office' (not named), 'Bankruptcy Rule
 # 9006(a)(3)' (a rule), the telephone number
 entities=[E("Service", "CM/ECF", "Case Management/Electronic Case Filing")],
 roles=[],
 # no provider relation: the court is not named (batch 34k's convention for CM/ECF)
 relations=[],
 # no outage: 'Due to a scheduled upgrade ... the CM/ECF system will not be available from 6:00 p.m. on Friday, May
 # 19, 2023, to 11:59 p.m. on Saturday, May 20, 2023' -- a planned window announced two weeks ahead by a court (not
 # a utility): near-miss (GUIDELINES)
 outages=[],
 # published 2023-05-05: '6:00 p.m.' and 'Friday, May 19, 2023'; '11:59 p.m.' and 'Saturday, May 20, 2023';
 # 'Monday, May 22, 2023'; 'May 5, 2023' (the order's date line)
 dates=[D("6:00 p.m.", "2023-05-19T18:00"), D("Friday, May 19, 2023", "2023-05-19"),
        D("11:59 p.m.", "2023-05-20T23:59"), D("Saturday, May 20, 2023", "2023-05-20"),
        D("Monday, May 22, 2023", "2023-05-22"), D("May 5, 2023", "2023-05-05")])

A["us-mieb-court-closing-cmecf-conversion-order-2005"] = dict(
 # 'the United States Bankruptcy Court' -> Organization (the court, named only so); BANCAP (the old case database)
 # and CM/ECF with 'Case Management/Electronic Case Filing' -> Service. Not annotated: 'Clerk's Offices', 'the Court'
 # (generic), 'F.R. Bank. P. 9006(a)' and 'Bankruptcy Rule 9006(a)' (rules)
 entities=[E("Service", "BANCAP"), E("Service", "CM/ECF", "Case Management/Electronic Case Filing"),
           E("Organization", "United States Bankruptcy Court")],
 roles=[],
 # none: 'converting it's electronic database from BANCAP to CM/ECF' makes BANCAP the court's own database, but a
 # court is no Company and batch 34k gave CM/ECF no provider (doubtful: provider BANCAP -> the court, as batch 19b
 # gave agencies' systems to agencies)
 relations=[],
 # no outage: the court 'will be closed and inaccessible on Friday, May 27, 2005' for the conversion -- a planned
 # closure announced a month ahead by a body that is not a utility: near-miss (GUIDELINES)
 outages=[],
 # published 2005-04-25: 'Thursday, May 26, 2005'; 'Friday, May 27, 2005' (twice, one item); 'May 27, 2005' standing
 # alone (another text, same value); 'May 31, 2005'. Skipped: 'the close of business' (no day of its own)
 dates=[D("Thursday, May 26, 2005", "2005-05-26"), D("Friday, May 27, 2005", "2005-05-27"),
        D("May 27, 2005", "2005-05-27"), D("May 31, 2005", "2005-05-31")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
