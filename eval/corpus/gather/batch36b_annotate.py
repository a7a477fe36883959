#!/usr/bin/env python3
"""Batch 36b gold annotations (the texts of batch36b.py: four National Park Service Morning Report items on power,
phone and communications outages -- the Dangling Rope Marina, Lake Powell, July 2004; the Hawaii earthquakes of
October 2006; the Pacific West storm of January 2008; Hurricane Rita at Big Thicket, September 2005 -- and two
Morning Report items as near-misses: Gulf Islands after the remnants of Isaac, August 2012, power intact; the Outer
Banks and Cape Lookout closing ahead of Hurricane Earl, September 2010), written from each text alone; newskg was not
run on any of them. The split follows the fixed rule: the sorted ids dealt along test, train, dev, train
(batch10_annotate's write_parts). Dates resolve against `published` (each report's own date line).
Conventions of the batch (as batch 35s): parks, park units, districts, visitor centres, campgrounds, a marina, a
lighthouse, islands, towns and a reservation -> Location; the NPS, FEMA, an incident management team, a dispatch
centre and a park group's administration -> Organization; roads and highways by name or number -> no entity; storms
and quakes (events) -> no entity; an outage's provider is null where the text names no one who runs the failed
supply.
usage: batch36b_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather37b/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R
import batch10_annotate as b10

A = {}
# ---- outages ----------------------------------------------------------------------------------------------------
A["us-nps-glen-canyon-dangling-rope-marina-power-outage-morning-report-2004"] = dict(
 # the marina, the lake and the monument it serves are places -> Location. The park (Glen Canyon) is named in the
 # heading only, so it is no entity of the text
 entities=[E("Location", "Dangling Rope Marina"), E("Location", "Lake Powell"),
           E("Location", "Rainbow Bridge National Monument")],
 roles=[], relations=[],
 # one outage: 'The Dangling Rope Marina lost power around 10:30 a.m. on Monday, July 5th. The outage affected the
 # entire marina and developed area' ... 'The electrical power failure resulted in all water, sewer, communication,
 # fire suppression and fuel delivery systems being shut down' -> provider null (no utility or operator named; the
 # marina's operator is not said), date 2004-07-05, start 2004-07-05T10:30 ('around'), end null (not in the kept
 # part), affected [] (the systems shut down are unnamed kinds, the stranded boaters no body), place Dangling Rope
 # Marina, cause null (the text gives none: the 'electrical power failure' is the outage itself)
 outages=[O(None, "2004-07-05", [], start="2004-07-05T10:30", loc="Dangling Rope Marina")],
 # published 2004-07-19 (a Monday): 'Monday, July 5th' -> 2004-07-05 (a Monday in 2004); '10:30 a.m.' -> that day's
 # clock time. Skipped: 'the last day of the major holiday weekend' (a weekend), 'overnight'
 dates=[D("10:30 a.m.", "2004-07-05T10:30"), D("Monday, July 5th", "2004-07-05")])

A["us-nps-hawaii-earthquake-power-outages-morning-report-2006"] = dict(
 # places: Waikoloa, Kona ('the Kona side', 'the Kona, Kohala and Hamakua areas'), the Big Island of Hawaii (alias
 # 'Big Island'), Kohala, Hamakua, Hawaii (the state: 'the national parks in Hawaii', 'the Hawaii parks'), Haleakala
 # NP (a park, as 35s's parks), Alelele, Kalepa, the Kipahulu campground, Oheo Gulch, Maui -> Location; the Pacific
 # Area Communication Center (the parks' dispatching centre, a unit that works: 'remained open and functional') ->
 # Organization (doubtful: Location, a facility)
 entities=[E("Location", "Waikoloa"), E("Location", "Kona"), E("Location", "Big Island of Hawaii", "Big Island"),
           E("Location", "Kohala"), E("Location", "Hamakua"), E("Location", "Hawaii"),
           E("Organization", "Pacific Area Communication Center"), E("Location", "Haleakala NP"),
           E("Location", "Alelele"), E("Location", "Kalepa"), E("Location", "Kipahulu campground"),
           E("Location", "Oheo Gulch"), E("Location", "Maui")],
 roles=[], relations=[],
 # three outages told apart:
 # (1) 'Power was out throughout much of the state. All major airports were shut down temporarily until power was
 #     restored' -> provider null (no utility named), date 2006-10-15 (the quakes of that morning), no clock time
 #     for the outage itself (the quake's 'just after 7 a.m.' is not given as the outage's start), end null (the
 #     restoration is not dated), affected [] (the airports are unnamed), place Hawaii, cause 'earthquake'; the
 #     later 'power outages on both Maui and the Big Island' are this same state-wide loss, not a new item;
 # (2) Haleakala: 'a power outage for about two-and-half hours' at the summit area -> provider null, 2006-10-15,
 #     duration 2.5, place Haleakala NP, cause 'earthquake' ('suffered little damage from the earthquake - ...');
 # (3) 'The ranger was temporarily without phone and radio communications due to power outages on both Maui and the
 #     Big Island of Hawaii where dispatch is located' -> provider null, 2006-10-15, place Kipahulu campground (where
 #     the ranger on duty was working; doubtful: Haleakala NP), cause 'power outages' (a knock-on loss of the phone
 #     and radio link; doubtful: no separate item, a part of (1)).
 # Not outages: the four telephone poles taken out by landslides (damage, no service said lost), the dispatch
 # centre that 'remained open and functional' with radio and phones 'intact' (a near-miss inside the text), the
 # closed campground and stream area (closures)
 outages=[O(None, "2006-10-15", [], loc="Hawaii", cause="earthquake"),
          O(None, "2006-10-15", [], dur=2.5, loc="Haleakala NP", cause="earthquake"),
          O(None, "2006-10-15", [], loc="Kipahulu campground", cause="power outages")],
 # published 2006-10-18 (a Wednesday): 'Sunday, October 15th' -> 2006-10-15; '7 a.m.' (in 'just after 7 a.m. on
 # the morning of Sunday, October 15th') -> 2006-10-15T07:00. Skipped: 'two-and-half hours' (a span)
 dates=[D("7 a.m.", "2006-10-15T07:00"), D("Sunday, October 15th", "2006-10-15")])

A["us-nps-pacific-west-storm-park-power-phone-outages-morning-report-2008"] = dict(
 # parks and places: the Pacific West (the region, as 35s's 'Pacific Northwest'), Lassen Volcanic (alias 'Lassen'),
 # Mineral (the town on that side of the park), Oregon Caves, Point Reyes, Golden Gate (alias 'GOGA', the park's
 # code in '(GOGA)'), Redwoods, California ('northwest California') -> Location. Not annotated: Highway 46 and
 # Bolinas-Fairfax Road (roads), the lighthouse and 'HQ' (unnamed)
 entities=[E("Location", "Pacific West"), E("Location", "Lassen Volcanic", "Lassen"), E("Location", "Mineral"),
           E("Location", "Oregon Caves"), E("Location", "Point Reyes"), E("Location", "Golden Gate", "GOGA"),
           E("Location", "Redwoods"), E("Location", "California")],
 roles=[], relations=[],
 # four outages, one per park entry (no provider named in any):
 # (1) 'Lassen is without power, phones and email' -> one outage (one clause, one storm; doubtful: one per service,
 #     as 35s kept Kalaupapa's power and phones together), date 2008-01 ('A major storm hammered parks across the
 #     region last weekend': a weekend, so the month, as 35s did for Yosemite), place Lassen Volcanic, cause 'storm';
 # (2) 'phones are out and there's no cell service (unrelated to the storm)' at Oregon Caves -> date null (the text
 #     does not say since when; doubtful: 2008-01), place Oregon Caves, cause null (the text rules the storm out and
 #     gives no other), affected [] (the cell service's carrier is not named);
 # (3) 'Power is out at the lighthouse and at a couple of other park residences' at Point Reyes -> date 2008-01,
 #     place Point Reyes, cause 'storm' (the entry goes on with trees down 'including some on power or phone
 #     lines'; doubtful: cause 'trees down on power lines');
 # (4) 'A power outage affected HQ for part of Friday' at Redwoods -> date 2008-01-04 (Friday), no clock times
 #     ('part of Friday'), place Redwoods, cause 'storm' (the rain and gusts of 'a severe storm' that Friday).
 # Not outages: 'attempt to restore utilities' (communities in general, none told), roads closed or blocked
 outages=[O(None, "2008-01", [], loc="Lassen Volcanic", cause="storm"),
          O(None, None, [], loc="Oregon Caves"),
          O(None, "2008-01", [], loc="Point Reyes", cause="storm"),
          O(None, "2008-01-04", [], loc="Redwoods", cause="storm")],
 # published 2008-01-08 (a Tuesday): 'early today' -> 2008-01-08; 'yesterday' -> 2008-01-07; 'Friday' (twice, the
 # same day) -> 2008-01-04; 'early Saturday' -> 2008-01-05. Skipped: 'last weekend' (a weekend), '48 hours', 'this
 # time of the year'
 dates=[D("early today", "2008-01-08"), D("yesterday", "2008-01-07"), D("Friday", "2008-01-04"),
        D("early Saturday", "2008-01-05")])

A["us-nps-big-thicket-hurricane-rita-power-phone-outage-morning-report-2005"] = dict(
 # the Central IMT (an incident management team, a body that acts), the National Park Service and FEMA ->
 # Organization; Eddie Lopez -> Person; Big Thicket NP (alias 'Big Thicket'), the Alabama-Coushatta Indian
 # Reservation, the Big Sandy Unit, Village Mills, Kountze, Johnson City -> Location. Not annotated: Hurricane Rita
 # (an event)
 entities=[E("Organization", "Central IMT"), E("Person", "Eddie Lopez"), E("Location", "Big Thicket NP", "Big Thicket"),
           E("Location", "Alabama-Coushatta Indian Reservation"), E("Location", "Big Sandy Unit"),
           E("Organization", "National Park Service"), E("Location", "Village Mills"), E("Organization", "FEMA"),
           E("Location", "Kountze"), E("Location", "Johnson City")],
 # 'The Central IMT (Eddie Lopez, IC)' -> head (the incident commander leads the team; doubtful: other)
 roles=[R("Eddie Lopez", "head", "Central IMT")],
 # no relation: the text does not say whose team the Central IMT is (doubtful: parentOrganization of the National
 # Park Service), and FEMA's team is only named beside it
 relations=[],
 # one outage: 'The entire region remains without power and has very little phone service' -> one item for power
 # and phones (one clause; doubtful: two), provider null (no utility or carrier named), date 2005-09-24 ('since
 # Hurricane Rita struck last Saturday': the storm the outage follows; doubtful: null, the loss itself not dated),
 # end null (still out), affected [], place Big Thicket NP (the 'region' around the park and Kountze; doubtful:
 # null), cause 'Hurricane Rita'. Not outages: generators sent in (backup), the food and fuel needs
 outages=[O(None, "2005-09-24", [], loc="Big Thicket NP", cause="Hurricane Rita")],
 # published 2005-09-28 (a Wednesday): 'yesterday' -> 2005-09-27; 'Monday morning' and 'Late Monday evening' ->
 # 2005-09-26; 'last Saturday' -> 2005-09-24; 'Wednesday' (in 'by sometime Wednesday') -> 2005-09-28 (the report's
 # own day); 'today' (in "today's arrival") -> 2005-09-28; 'yesterday morning' -> 2005-09-27
 dates=[D("yesterday", "2005-09-27"), D("Monday morning", "2005-09-26"), D("Late Monday evening", "2005-09-26"),
        D("last Saturday", "2005-09-24"), D("Wednesday", "2005-09-28"), D("today", "2005-09-28"),
        D("yesterday morning", "2005-09-27")])

# ---- near-misses ------------------------------------------------------------------------------------------------
A["us-nps-gulf-islands-isaac-remnants-power-intact-morning-report-2012"] = dict(
 # the park (Gulf Islands NS), its two districts, its areas and forts -> Location: Fort Pickens (alias 'Fort Pickens
 # Area'), Perdido Key (alias 'Perdido Key Area'), Santa Rosa Area (alias 'Santa Rosa'), Naval Live Oaks, Fort
 # Barrancas. Not annotated: Highway 399 (J. Earle Bowden Way), a road
 entities=[E("Location", "Gulf Islands NS"), E("Location", "Mississippi District"), E("Location", "Florida District"),
           E("Location", "Fort Pickens", "Fort Pickens Area"), E("Location", "Perdido Key", "Perdido Key Area"),
           E("Location", "Santa Rosa Area", "Santa Rosa"), E("Location", "Naval Live Oaks"),
           E("Location", "Fort Barrancas")],
 roles=[], relations=[],
 # no outage: closures, sand on roads and road damage after tropical storm conditions; 'Power is also intact within
 # all Florida District areas' (a supply said not lost: near-miss). The Mississippi District's closure is a closure
 outages=[],
 # published 2012-08-31 (a Friday): 'yesterday' -> 2012-08-30; 'today' -> 2012-08-31; 'September 7th' ->
 # 2012-09-07. Skipped: 'the weekend'
 dates=[D("yesterday", "2012-08-30"), D("today", "2012-08-31"), D("September 7th", "2012-09-07")])

A["us-nps-outer-banks-hurricane-earl-closures-morning-report-2010"] = dict(
 # the Carolinas, the Caribbean, the Outer Banks, the three parks of the group (Cape Hatteras, Fort Raleigh,
 # Wright Brothers), the Ocracoke Visitor Center, the Cape Hatteras Lighthouse, Cape Lookout NS, Shenandoah ->
 # Location; the Outer Banks Group (the administration of three parks, named as the reporting unit) and the NPS
 # EICC (a coordination centre that sets up a hotline) -> Organization (doubtful: Location for the group); the
 # Ocracoke Campground reservation system -> Service (a booking system visitors use; doubtful: no entity, the
 # name is a description). Not annotated: the 'Hatteras Island, Bodie Island, Wright Brothers and Fort Raleigh
 # Visitor Centers' and 'The Ocracoke, Frisco, Cape Point and Oregon Inlet Campgrounds' as single names (shared
 # head nouns; the parks in them are annotated), Hurricane Earl (an event)
 entities=[E("Location", "Carolinas"), E("Location", "Caribbean"), E("Organization", "Outer Banks Group"),
           E("Location", "Cape Hatteras"), E("Location", "Fort Raleigh"), E("Location", "Wright Brothers"),
           E("Location", "Outer Banks"), E("Location", "Ocracoke Visitor Center"),
           E("Service", "Ocracoke Campground reservation system"), E("Location", "Cape Hatteras Lighthouse"),
           E("Location", "Cape Lookout NS"), E("Organization", "NPS EICC"), E("Location", "Shenandoah")],
 roles=[], relations=[],
 # no outage: closures ahead of a storm, and 'The Ocracoke Campground reservation system has been temporarily
 # suspended' -- a pause the park itself makes ahead of the storm, no failure told (a planned pause by a body that
 # is not a utility: near-miss, GUIDELINES part 2)
 outages=[],
 # published 2010-09-01 (a Wednesday): 'today' (in "today's summary", '2:00 p.m. today') -> 2010-09-01; 'tomorrow'
 # -> 2010-09-02; 'Friday' -> 2010-09-03; 'noon today' (twice) -> 2010-09-01T12:00; '5:00 p.m.' (three times, all
 # today) -> 2010-09-01T17:00; '2:00 p.m.' -> 2010-09-01T14:00; '3:00 p.m.' -> 2010-09-01T15:00; 'Thursday' (in
 # 'By Thursday') -> 2010-09-02; 'yesterday' -> 2010-08-31. Skipped: 'at oon' (a misspelt 'noon', left as written;
 # doubtful: 2010-09-01T12:00), 'until further notice'
 dates=[D("today", "2010-09-01"), D("tomorrow", "2010-09-02"), D("Friday", "2010-09-03"),
        D("noon today", "2010-09-01T12:00"), D("5:00 p.m.", "2010-09-01T17:00"), D("2:00 p.m.", "2010-09-01T14:00"),
        D("3:00 p.m.", "2010-09-01T15:00"), D("Thursday", "2010-09-02"), D("yesterday", "2010-08-31")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
