#!/usr/bin/env python3
"""Batch 35s gold annotations (the texts of batch35s.py: four National Park Service Morning Report items on storm
power outages -- Fort Wadsworth, Staten Island, October 2002; Yellowstone, December 2006; Kalaupapa, Molokai, April
2010; Yosemite, March 2011 -- and a Bonneville Power Administration release
on its new public safety power shutoff procedure as a near-miss), written from each text alone; newskg was not run on
any of them. The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's
write_parts). Dates resolve against `published` (the report's own date line; the release's copy date).
Conventions of the batch (as batches 35b/35j): federal and county bodies, a school district, a state roads agency ->
Organization; an investor-owned utility and a park concessioner -> Company; parks, valleys, villages, named points
and a named clinic -> Location; highways by number -> no entity; a sheriff and a fire chief -> role other.
usage: batch35s_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather36s/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R
import batch10_annotate as b10

A = {}
# ---- outages ----------------------------------------------------------------------------------------------------
A["us-nps-yellowstone-storm-power-outage-morning-report-2006"] = dict(
 # Yellowstone (the park; 'the park' is generic, no alias), NorthWestern Energy (the power company whose crews
 # work the lines; 'Company officials' generic) -> Company; Mammoth Hot Springs, Canyon Village (alias 'Canyon':
 # 'places such as Old Faithful and Canyon', the same village), Old Faithful, Montana ('much of western Montana',
 # 'in Montana') -> Location
 entities=[E("Location", "Yellowstone"), E("Company", "NorthWestern Energy"), E("Location", "Mammoth Hot Springs"),
           E("Location", "Canyon Village", "Canyon"), E("Location", "Montana"), E("Location", "Old Faithful")],
 roles=[], relations=[],
 # two outages told apart ('knocked out power in much of western Montana and Yellowstone. While much of the power
 # was restored in Montana, it remained cut off in most of Yellowstone all weekend'):
 # (1) Yellowstone: 'A storm that knocked out power to most of the park' ... 'NorthWestern Energy crews ... trying to
 #     get a fix on the outage' ... 'Company officials were able to reconnect power between Mammoth Hot Springs and
 #     Canyon Village on Sunday' -> provider NorthWestern Energy (its lines and its crews' repairs; doubtful: the
 #     text never says the lines are the company's in so many words), date 2006-12-15 ('Friday's storm', 'rolled
 #     into the area Friday'), no times, no end (the rest of the park still dark), place Yellowstone, cause 'storm'
 #     (winds, trees toppled onto lines), affected [] (no service or body named; the park's generators ran);
 # (2) western Montana: same storm and day, 'much of the power was restored in Montana' (no time) -> provider null
 #     (no utility named for Montana; doubtful: NorthWestern Energy), place Montana, cause 'storm'
 outages=[O("NorthWestern Energy", "2006-12-15", [], loc="Yellowstone", cause="storm"),
          O(None, "2006-12-15", [], loc="Montana", cause="storm")],
 # published 2006-12-19 (a Tuesday): 'Wednesday' (in "Wednesday's winter opening") -> 2006-12-20; 'Monday' ->
 # 2006-12-18; 'Friday' (in "Friday's storm" and 'rolled into the area Friday') -> 2006-12-15; 'Sunday' (three
 # times) -> 2006-12-17; 'Saturday night' -> 2006-12-16. Skipped: 'the weekend', 'all weekend'
 dates=[D("Wednesday", "2006-12-20"), D("Monday", "2006-12-18"), D("Friday", "2006-12-15"),
        D("Sunday", "2006-12-17"), D("Saturday night", "2006-12-16")])

A["us-nps-yosemite-winter-storm-power-outages-morning-report-2011"] = dict(
 # Yosemite (the park, 'Schools within Yosemite'), El Portal, Yosemite Valley, Wawona, Glacier Point, Bridal Veil,
 # Yosemite West -> Location; the Yosemite Medical Clinic -> Location (a named facility, as the batch's named
 # substations; doubtful: Organization); Pacific Gas & Electric -> Company; CalTrans (the state roads agency) ->
 # Organization; Mariposa County (acting as a body: 'is working to restore water service', 'The park and Mariposa
 # County are working together') -> Organization (doubtful: Location); Delaware North Parks & Resorts Yosemite,
 # Inc. (the concessioner) -> Company; the Mariposa Unified School District -> Organization; Dan Jensen, Doug
 # Binneweis, Jim Wilson, Aaron Rosander -> Person. Not annotated: Highways 41, 140 and 120
 entities=[E("Location", "Yosemite"), E("Company", "Pacific Gas & Electric"), E("Location", "El Portal"),
           E("Location", "Yosemite Valley"), E("Location", "Wawona"), E("Organization", "CalTrans"),
           E("Location", "Glacier Point"), E("Location", "Bridal Veil"), E("Location", "Yosemite Medical Clinic"),
           E("Location", "Yosemite West"), E("Organization", "Mariposa County"), E("Person", "Dan Jensen"),
           E("Company", "Delaware North Parks & Resorts Yosemite, Inc."), E("Person", "Doug Binneweis"),
           E("Person", "Jim Wilson"), E("Person", "Aaron Rosander"),
           E("Organization", "Mariposa Unified School District")],
 # 'Dan Jensen, president of Delaware North Parks & Resorts Yosemite, Inc.' -> president; 'Doug Binneweis, Mariposa
 # County sheriff' and 'Jim Wilson, Mariposa County fire chief' -> other at Mariposa County (doubtful: head of
 # services the text does not name as bodies); 'Aaron Rosander, superintendent of the Mariposa Unified School
 # District' -> head (a district superintendent leads it)
 roles=[R("Dan Jensen", "president", "Delaware North Parks & Resorts Yosemite, Inc."),
        R("Doug Binneweis", "other", "Mariposa County"), R("Jim Wilson", "other", "Mariposa County"),
        R("Aaron Rosander", "head", "Mariposa Unified School District")],
 relations=[],
 # two outages:
 # (1) 'Power outages remain throughout the park with the potential for power restoration by Saturday. Pacific Gas &
 #     Electric is working on the main transmission line to El Portal and Yosemite Valley as well as the line that
 #     services Wawona' (and 'residents who do not have heat due to the power outage') -> provider Pacific Gas &
 #     Electric (its lines under repair; doubtful as above), date 2011-03 ('this past weekend's winter storm': the
 #     weekend of 19-20 March, a two-day span, so the month; doubtful: 2011-03-19), no end (restoration 'potential'
 #     only), place Yosemite, cause 'winter storm', affected [];
 # (2) 'The community of Yosemite West has lost its water. Mariposa County is working to restore water service' ->
 #     provider Mariposa County (the body restoring the service; doubtful: null, the water system's owner is not
 #     named), date null (not told when), place Yosemite West, cause null (not tied to the storm in words; doubtful:
 #     'winter storm'), affected [].
 # Not outages: generator service restored to the clinic (a backup supply, no loss told), schools closed, bus
 # service to restart (no cause told), roads closed
 outages=[O("Pacific Gas & Electric", "2011-03", [], loc="Yosemite", cause="winter storm"),
          O("Mariposa County", None, [], loc="Yosemite West")],
 # published 2011-03-24 (a Thursday): 'Saturday' -> 2011-03-26 (restoration 'by Saturday', ahead); 'Tuesday
 # evening' -> 2011-03-22; 'Tuesday' (meetings 'held on Tuesday') -> 2011-03-22; 'Wednesday' (bus service 'planned
 # for Wednesday') -> 2011-03-23 (the nearest; the report was likely written before it, doubtful). Skipped: 'this
 # past weekend' (a weekend)
 dates=[D("Saturday", "2011-03-26"), D("Tuesday evening", "2011-03-22"), D("Wednesday", "2011-03-23"),
        D("Tuesday", "2011-03-22")])

A["us-nps-gateway-fort-wadsworth-power-outage-morning-report-2002"] = dict(
 # Fort Wadsworth, the Staten Island Unit (a named unit of the park, a place) -> Location; 'USPP' (the park police,
 # only the abbreviation) and the Coast Guard -> Organization; the Friends of Gateway Parks -> Organization. The
 # park's own name is in the heading only (title), not in the text
 entities=[E("Location", "Fort Wadsworth"), E("Location", "Staten Island Unit"), E("Organization", "USPP"),
           E("Organization", "Coast Guard"), E("Organization", "Friends of Gateway Parks")],
 roles=[], relations=[],
 # one outage: 'Tropical Storm Kyle caused a major electrical power outage to occur at Fort Wadsworth in the Staten
 # Island Unit on October 10' ... 'The outage affected ... USPP facilities ... park and Coast Guard housing units, and
 # the Coast Guard headquarters' ... 'On October 28, after 16 days of operating on diesel generators, regular
 # electrical service was restored' -> provider null (the damaged feeder and panel are the park's, restored by 'Park
 # and contractor crews', but the park is named only in the heading; doubtful: Gateway National Recreation Area),
 # date 2002-10-10, start/end null (days, no clock times), duration 384 (16 days x 24, stated as '16 days'), affected
 # USPP and Coast Guard (the bodies named as hit), place Fort Wadsworth, cause 'Tropical Storm Kyle'
 outages=[O(None, "2002-10-10", ["USPP", "Coast Guard"], dur=384, loc="Fort Wadsworth",
            cause="Tropical Storm Kyle")],
 # published 2002-10-30: 'October 10' -> 2002-10-10; 'October 28' -> 2002-10-28. Skipped: '16 days', 'many hours',
 # 'year-long' (spans), 'fall' (in 'a free family fall festival': the festival's kind, not a time of this text)
 dates=[D("October 10", "2002-10-10"), D("October 28", "2002-10-28")])

A["us-nps-kalaupapa-storm-power-phone-outage-morning-report-2010"] = dict(
 # Kalaupapa National Historical Park (alias 'Kalaupapa NHP'), Molokai, Kalaupapa ('the entire Kalaupapa
 # peninsula') -> Location. Not annotated: the Pali Trail (a trail, as the batch leaves roads), the bridge
 entities=[E("Location", "Kalaupapa National Historical Park", "Kalaupapa NHP"), E("Location", "Molokai"),
           E("Location", "Kalaupapa")],
 roles=[], relations=[],
 # one outage: 'the entire Kalaupapa peninsula has been without electrical power and phone service since April 11th
 # due to heavy rains and high winds that knocked down power lines' -> provider null (no utility named), date
 # 2010-04-11, no end (still out: 'until electrical power is restored'), affected [] (power and phone service, no
 # named service or body; doubtful: two outages, one for power and one for phones -- told together in one clause,
 # one cause, so one), place Kalaupapa, cause 'heavy rains and high winds'. Not an outage: the Pali Trail closed
 # (a physical access route)
 outages=[O(None, "2010-04-11", [], loc="Kalaupapa", cause="heavy rains and high winds")],
 # published 2010-04-16: 'April 11th' -> 2010-04-11. Skipped: 'the near future', 'several days', 'the recent rain
 # event'
 dates=[D("April 11th", "2010-04-11")])

# ---- near-miss --------------------------------------------------------------------------------------------------
A["us-bpa-public-safety-power-shutoff-procedure-release-2021"] = dict(
 # Portland, Oregon, the Pacific Northwest, 'the Northwest' (the region, as batch 35b) -> Location; the Bonneville
 # Power Administration (alias BPA) -> Organization; John Hairston, Michelle Cathcart -> Person. Not annotated: the
 # PSPS procedure and the wildfire mitigation plan (no service)
 entities=[E("Location", "Portland"), E("Location", "Oregon"), E("Location", "Pacific Northwest"),
           E("Organization", "Bonneville Power Administration", "BPA"), E("Person", "John Hairston"),
           E("Person", "Michelle Cathcart"), E("Location", "Northwest")],
 # 'BPA Administrator John Hairston' -> head; 'Michelle Cathcart, BPA vice president of Transmission Operations' ->
 # vice-president
 roles=[R("John Hairston", "head", "Bonneville Power Administration"),
        R("Michelle Cathcart", "vice-president", "Bonneville Power Administration")],
 relations=[],
 # no outage: a planned-shutoff procedure added to a plan, no shutoff told; 'taking a BPA transmission line out of
 # service does not necessarily mean Northwest residents and businesses will lose power' (near-miss)
 outages=[],
 # published 2021-06-03: 'fall 2020' -> 2020 (a season -> the year); 'last summer' (in 'last summer's ... wildfire
 # season') -> 2020; '2021' (in 'the 2021 fire season') -> 2021. Skipped: 'the summer months' (generic)
 dates=[D("fall 2020", "2020"), D("last summer", "2020"), D("2021", "2021")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
