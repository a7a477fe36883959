#!/usr/bin/env python3
"""Batch 37b gold annotations for the four texts of batch37b.py (NPS news releases: Death Valley National Park's
38-hour outage after the thunderstorm of 1 July 2016, Southern California Edison restoring power; the park's fourth
outage of summer 2016 at the Furnace Creek Visitor Center and Campground, SCE's generator; the remnants of Hurricane
Hilary in August 2023, SCE restoring the park's electrical service at 1:30 pm on 21 August while the NPS land lines
stay down; the fireworks fire behind Timpanogos Cave National Monument's headquarters on Saturday 27 June, power to
upper American Fork Canyon turned off as a safety precaution until about 10 a.m. on the Sunday). Annotated from each
text alone; newskg was not run on them. Split by the fixed rule (sorted ids dealt test, train, dev, train:
batch10_annotate's write_parts). Relative dates resolve against `published`; the Timpanogos release has `published`
null (the copy shows no date, the text no year), so only absolute expressions could be listed there, and none is.
Conventions (those of 35s, 36b, 36i, 36r and 36u): parks, canyons, towns, states (also as datelines and
abbreviations), visitor centres, campgrounds, hotels, resorts and villages named as places -> Location; the National
Park Service, the Forest Service, fire districts, highway patrols, emergency teams and the Red Cross ->
Organization; the electricity utility -> Company; fires and storms (events), roads and highways, buildings without a
name, phone numbers -> no entity; park officials (a superintendent, a chief of resources) -> no role, the park being
a Location; an outage's provider only where the text ties a named utility to the lost supply.
usage: batch37b_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather38b/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R
import batch10_annotate as b10

A = {}
A["us-nps-timpanogos-cave-fireworks-fire-canyon-power-turned-off-release"] = dict(
 # Timpanogos Cave National Monument (alias 'Timpanogos Cave', in 'Timpanogos Cave Superintendent'), Lehi, Draper
 # and American Fork Canyon (in 'upper American Fork Canyon'; the name without 'upper', as batch 36u took it) ->
 # Location. Lone Peak Fire District (alias 'Lone Peak', in 'the Lone Peak and Forest Service crews'), US Forest
 # Service (alias 'Forest Service') and NPS (in 'the NPS tip line'; the National Park Service, never spelt out) ->
 # Organization. Jim Ireland (alias 'Ireland') -> Person. 'Rocky Mountain' (in 'One Rocky Mountain power pole': the
 # electricity utility whose pole stands in the right-of-way, read as Rocky Mountain Power with 'power' written
 # small) -> Company (doubtful: the name as the text spells it is ambiguous between the utility 'Rocky Mountain
 # Power' and a modifier; the fullest surface that is surely a name is 'Rocky Mountain').
 # Not annotated: the Traverse Fire (an event), the Monument headquarters building, the utility right-of-way,
 # '911' (in 'the initial 911 call': a call, not a service told as such; doubtful: Service '911', as 36t's FCC text
 # took it), the tip-line and park phone numbers.
 entities=[E("Location", "Timpanogos Cave National Monument", "Timpanogos Cave"), E("Location", "Lehi"),
           E("Location", "Draper"), E("Company", "Rocky Mountain"),
           E("Organization", "Lone Peak Fire District", "Lone Peak"),
           E("Organization", "US Forest Service", "Forest Service"), E("Person", "Jim Ireland", "Ireland"),
           E("Location", "American Fork Canyon"), E("Organization", "NPS")],
 # Roles: none -- Jim Ireland is 'Timpanogos Cave Superintendent', the superintendent of a park, which is a
 # Location (GUIDELINES: no role attaches to named sites; 36r did the same for a park superintendent; doubtful:
 # head of Timpanogos Cave National Monument). Relations: none (the text never says whose crew the Forest Service
 # crew is beyond its name, nor ties the NPS to the park in words; doubtful: none is owed either way).
 roles=[], relations=[],
 # 'Power was temporarily turned off to upper American Fork Canyon as a safety precaution until about 10:00 am
 # Sunday when firefighters left the scene.' -> one outage: a planned shutoff of a utility service for safety
 # (GUIDELINES part 2: planned shutoffs of a utility service are outages). provider 'Rocky Mountain' (the only
 # utility the text names, whose pole carries the canyon's power lines through the burnt right-of-way; the text does
 # not say in words who turned the power off -- doubtful: null); date null (published null and 'Saturday, June 27'
 # gives no year: GUIDELINES, outages follow the Dates rules); start null (when it was turned off is not said; the
 # fire began 'approximately 11:30 pm' on the Saturday, but the shutoff's hour is not given), end null ('until
 # about 10:00 am Sunday' -- a wall-clock time with no resolvable day; doubtful: it is the end, undated), duration
 # null; affected [] (no named service or body); location 'American Fork Canyon' (the text: 'upper American Fork
 # Canyon'); cause 'wildfire' (the fire in the right-of-way; 'as a safety precaution' is the reason the power was
 # turned off; doubtful: 'safety precaution').
 # Not outages: the blackened pole ('the lines themselves were undamaged'), the power and communication lines
 # 'saved' (no service said lost), the Traverse Fire threatening structures (no service).
 outages=[O("Rocky Mountain", None, [], loc="American Fork Canyon", cause="wildfire")],
 # published null: only absolute expressions may be listed. 'Saturday, June 27' (no year), '11:30 pm' and
 # '10:00 am Sunday' (days unresolvable without the year) -> none listed (doubtful: 'June 27' read as absolute
 # without its year is no calendar value).
 dates=[])

A["us-nps-death-valley-thunderstorm-38-hour-power-outage-sce-release-2016"] = dict(
 # Death Valley (the place: 'residents of Death Valley'; alias 'DEATH VALLEY', the dateline; doubtful: the same
 # entity as the park) and CA -> Location; National Park Service -> Organization; Death Valley National Park ->
 # Location; Southern California Edison -> Company; Furnace Creek Visitor Center, Furnace Creek Inn and Ranch Hotel
 # (a hotel named as a place that is open or closed; doubtful: Company), Furnace Creek, Stovepipe Wells Village
 # (alias 'Stovepipe Wells', in 'The saloon at Stovepipe Wells'), Panamint Springs Resort, Titus Canyon, Beatty,
 # Shoshone ('the town of Shoshone'), Pahrump, Lathrop Wells and Nevada -> Location; Nye County Emergency
 # Management Team and American Red Cross -> Organization.
 # Not annotated: North Highway / Scotty's Castle Road, the Beatty Cutoff Road, Nevada Route 374 / Daylight Pass
 # Road, Badwater Road (roads); Jubilee Pass (told as 'the southern section of Badwater Road': a road; doubtful:
 # Location); the phone numbers.
 entities=[E("Location", "Death Valley", "DEATH VALLEY"), E("Location", "CA"),
           E("Organization", "National Park Service"), E("Location", "Death Valley National Park"),
           E("Company", "Southern California Edison"), E("Location", "Furnace Creek Visitor Center"),
           E("Location", "Furnace Creek Inn and Ranch Hotel"), E("Location", "Furnace Creek"),
           E("Location", "Stovepipe Wells Village", "Stovepipe Wells"), E("Location", "Panamint Springs Resort"),
           E("Location", "Titus Canyon"), E("Location", "Beatty"), E("Location", "Shoshone"),
           E("Location", "Pahrump"), E("Location", "Lathrop Wells"), E("Location", "Nevada"),
           E("Organization", "Nye County Emergency Management Team"), E("Organization", "American Red Cross")],
 # Roles: none (no person named). Relations: none.
 roles=[], relations=[],
 # 'A thunderstorm during the evening of Friday, July 1 damaged a section of powerline near the park's eastern
 # border. Southern California Edison was able to fully restore electricity after a 38 hour outage early this
 # morning.' -> one outage: provider Southern California Edison (the utility that restores the supply); date
 # 2016-07-01 (the storm's evening; the loss is not timed on its own); start null ('the evening' is no clock time);
 # end null (restored 'early this morning', 2016-07-03, with no clock time; doubtful: the day alone); duration 38
 # ('a 38 hour outage'); affected ['National Park Service'] (power 'restored to National Park Service facilities and
 # hotels'; doubtful: [], the facilities being the places hit rather than the body); location Death Valley National
 # Park; cause 'thunderstorm' (the storm damaged the powerline).
 # Not outages: closed roads and hotel services, the flash flooding, the evacuations (knock-ons and damage).
 outages=[O("Southern California Edison", "2016-07-01", ["National Park Service"], dur=38,
            loc="Death Valley National Park", cause="thunderstorm")],
 # published 2016-07-03 (a Sunday): 'Friday, July 1' -> 2016-07-01; 'early this morning' -> 2016-07-03; 'today' and
 # 'tonight' -> 2016-07-03; 'tomorrow' -> 2016-07-04; '5:30 pm' (the saloon's dinner 'starting at 5:30 pm', read as
 # today's) -> 2016-07-03T17:30 (doubtful: skip, the day unstated); 'last October' ('last October's storms') ->
 # 2015-10; 'yesterday' -> 2016-07-02. Skipped: '38 hour' (a length), 'the evening' (part of 'the evening of
 # Friday, July 1', listed by its date)
 dates=[D("Friday, July 1", "2016-07-01"), D("early this morning", "2016-07-03"), D("today", "2016-07-03"),
        D("tonight", "2016-07-03"), D("tomorrow", "2016-07-04"), D("5:30 pm", "2016-07-03T17:30"),
        D("last October", "2015-10"), D("yesterday", "2016-07-02")])

A["us-nps-death-valley-fourth-summer-power-outage-sce-generator-release-2016"] = dict(
 # Death Valley (in 'Death Valley's world-famous summer heat'; alias 'DEATH VALLEY', the dateline), CA and Death
 # Valley National Park -> Location; Southern California Edison (alias SCE) -> Company; Josh Hoines -> Person;
 # Furnace Creek Visitor Center, Furnace Creek Campground, Furnace Creek Resort, Emigrant, Wildrose, Thorndike and
 # Mahogany Flat (campgrounds named by place in 'open in the park's higher elevations at ...'), Stovepipe Wells
 # Resort and Panamint Springs Resort -> Location (as 36b took campgrounds and a marina; doubtful: the resorts as
 # Company).
 entities=[E("Location", "Death Valley", "DEATH VALLEY"), E("Location", "CA"),
           E("Company", "Southern California Edison", "SCE"), E("Location", "Death Valley National Park"),
           E("Person", "Josh Hoines"), E("Location", "Furnace Creek Visitor Center"),
           E("Location", "Furnace Creek Campground"), E("Location", "Furnace Creek Resort"),
           E("Location", "Emigrant"), E("Location", "Wildrose"), E("Location", "Thorndike"),
           E("Location", "Mahogany Flat"), E("Location", "Stovepipe Wells Resort"),
           E("Location", "Panamint Springs Resort")],
 # Roles: none -- 'Josh Hoines, chief of natural and cultural resources for Death Valley National Park' holds a post
 # in a park, which is a Location (doubtful: executive at Death Valley National Park). Relations: none.
 roles=[], relations=[],
 # 'Electricity went out at Furnace Creek Visitor Center and Furnace Creek Campground on Monday afternoon.' -> one
 # outage (the park's 'fourth power outage of the summer'): provider Southern California Edison (it 'responded ...
 # to provide backup electricity' and its crews work 'to restore power'; the supply is SCE's; doubtful: the text
 # never says in words that SCE supplies the park); date 2016-08-22 ('Monday afternoon' against `published`; see the
 # pool notes on that date); start null ('afternoon' is no clock time); end null (the campground 'will remain
 # closed until electricity is restored': not yet back; the generator towed in 'By early Tuesday morning' is backup,
 # not the end); affected [] (the visitor center and campground are places, no named service or body); location
 # Furnace Creek Visitor Center ('this event, which was localized to Furnace Creek Visitor Center'; doubtful: with
 # Furnace Creek Campground); cause null (not stated in the kept text).
 # Not outages: the summer's three earlier outages (counted, not told: GUIDELINES), the resorts that 'did not lose
 # power', the campground's closure (a knock-on of the same loss).
 outages=[O("Southern California Edison", "2016-08-22", [], loc="Furnace Creek Visitor Center")],
 # published 2016-08-23 (a Tuesday): 'Monday afternoon' -> 2016-08-22; 'early Tuesday morning' (in 'By early Tuesday
 # morning') -> 2016-08-23; 'the summer' ('fourth power outage of the summer': a season, so the year) -> 2016
 # (doubtful: skip). Skipped: 'summer heat' (generic), 'around the clock'
 dates=[D("Monday afternoon", "2016-08-22"), D("early Tuesday morning", "2016-08-23"), D("the summer", "2016")])

A["us-nps-death-valley-hurricane-hilary-sce-power-restored-land-lines-down-release-2023"] = dict(
 # DEATH VALLEY (the dateline) and Calif. -> Location; Death Valley National Park, Furnace Creek, Stovepipe Wells,
 # Panamint Springs and Death Valley Junction -> Location; National Park Service (alias NPS), California Highway
 # Patrol, Caltrans and National Weather Service -> Organization; Southern California Edison -> Company.
 # Not annotated: Hurricane Hilary (an event), CA-190 (a road).
 entities=[E("Location", "DEATH VALLEY"), E("Location", "Calif."), E("Location", "Death Valley National Park"),
           E("Location", "Furnace Creek"), E("Location", "Stovepipe Wells"), E("Location", "Panamint Springs"),
           E("Organization", "National Park Service", "NPS"), E("Organization", "California Highway Patrol"),
           E("Organization", "Caltrans"), E("Location", "Death Valley Junction"),
           E("Organization", "National Weather Service"), E("Company", "Southern California Edison")],
 # Roles: none (no person named). Relations: none.
 roles=[], relations=[],
 # Two outages:
 # (1) 'Southern California Edison restored the park's electrical service at 1:30 pm on August 21, which also
 # restored cell phone service.' -> provider Southern California Edison; date 2023-08-20 (the rain of 'Sunday
 # morning' and 'Sunday night'; the text never says when the power went out -- doubtful: null); start null; end
 # 2023-08-21T13:30; duration null (start unknown); affected [] (the cell phone service restored with the power is
 # unnamed and its carrier too; folded in as a knock-on of this loss; doubtful: a third item, provider null);
 # location Death Valley National Park ('the park's electrical service'); cause 'Hurricane Hilary' (its remnants'
 # rain; the text does not say in words what cut the supply; doubtful: null).
 # (2) 'The NPS land line telephones are still down.' -> provider null (no carrier named); date 2023-08-20 (as (1);
 # doubtful: null); no start or end (still down); affected ['National Park Service'] (its land lines); location
 # Death Valley National Park; cause 'Hurricane Hilary' (doubtful, as (1)).
 # Not outages: the park's closure, the roads, the broken sewer line releasing sewage (damage; no service said lost).
 outages=[O("Southern California Edison", "2023-08-20", [], end="2023-08-21T13:30", loc="Death Valley National Park",
            cause="Hurricane Hilary"),
          O(None, "2023-08-20", ["National Park Service"], loc="Death Valley National Park", cause="Hurricane Hilary")],
 # published 2023-08-21 (a Monday; see the pool notes): 'today' -> 2023-08-21; 'Sunday morning' and 'Sunday night'
 # -> 2023-08-20; 'August 5, 2022' -> 2022-08-05; '1:30 pm' -> 2023-08-21T13:30; 'August 21' -> 2023-08-21.
 # Skipped: 'in one day', 'currently'
 dates=[D("today", "2023-08-21"), D("Sunday morning", "2023-08-20"), D("Sunday night", "2023-08-20"),
        D("August 5, 2022", "2022-08-05"), D("1:30 pm", "2023-08-21T13:30"), D("August 21", "2023-08-21")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
