#!/usr/bin/env python3
"""Batch 36k gold annotations (the 4 texts of batch36k.py), made from each text alone; newskg was not run on any of
them. Split rule fixed before annotation: the sorted ids dealt along test, train, dev, train (the cycle of every
sub-batch since 8b; batch10_annotate.write_parts). `published` is the sitting day of each record; relative
expressions are resolved against it (GUIDELINES.md, Dates); clock times are not dates.
usage: batch36k_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather37k/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R, locs
import batch10_annotate as b10

A = {}
# ---- outages ----------------------------------------------------------------------------------------------------
A["oireachtas-dail-dublin-gas-restrictions-adjournment-1942"] = dict(
 # 'the Gas Company' (the gas undertaking whose order rations the supply; capitalised and used as a name twice) ->
 # Company (doubtful: the text never gives its full name); Dublin, Marino, the North Dock (area) and the East Wall ->
 # Location. The Minister for Local Government and Public Health is a post; 'the building industry', 'the working
 # classes' are not names -> not annotated
 entities=[E("Company", "Gas Company"), E("Location", "Dublin"), E("Location", "Marino"),
           E("Location", "North Dock"), E("Location", "East Wall")],
 # no person is named once the speaker label is left out
 roles=[],
 relations=[],
 # one outage: under 'the new order that has been issued by the Gas Company' gas is available after 1.30 in the
 # afternoon only between 6 and 7 o'clock, and supplies are to be cut off for anyone using gas outside those hours ->
 # a planned shutoff of a utility service (GUIDELINES, Outages), the Company's own order, not a government order.
 # provider Gas Company, date 1942 (the order is 'new' and in force on 19 May 1942; its first day is not told;
 # doubtful: a reader could leave it null), start/end null (the daily clock times are the hours of supply, not the
 # start or end of the restriction), affected [] (the gas supply; no named service), location Dublin, cause null (no
 # reason for the order is given in the text; the coal shortage behind it is not stated)
 outages=[O("Gas Company", "1942", [], loc="Dublin")],
 # `published` Tuesday 19 May 1942: 'to-day' and 'this morning' -> 1942-05-19 (two texts, one value: two items);
 # clock times (1.30, 6 and 7 o'clock, 5.30, 6.45) are not dates; 'the present arrangement' skipped
 dates=[D("to-day", "1942-05-19"), D("this morning", "1942-05-19")])

A["oireachtas-dail-rural-electrification-skibbereen-mizen-head-storm-1966"] = dict(
 # the ESB / the Electricity Supply Board / 'the Board' -> Company, as the corpus types the ESB (name 'ESB', the
 # full name as alias; 'the Board' a reference, not listed); County Mayo (also 'Mayo'), the fifteen re-canvassed
 # areas as the text spells them ('Bally-castle', 'Headfort'), the Skibbereen-Mizen Head district/area (kept as the
 # one hyphenated name the text uses; doubtful: Skibbereen and Mizen Head apart) and County Cork -> Location. The
 # Minister for Transport and Power is a post; 'the rural electrification scheme' is not a name -> not annotated
 entities=[E("Company", "ESB", "Electricity Supply Board"), E("Location", "County Mayo", "Mayo")]
          + locs("Bally-castle", "Moygownagh", "Lahardane", "Ardagh", "Attymass", "Knockmore", "Murrisk", "Askillaun",
                 "Knock", "Headfort", "Dunmore", "Bohola", "Kilmeena", "Belcarra", "Hollymount")
          + [E("Location", "Skibbereen-Mizen Head"), E("Location", "County Cork")],
 roles=[],
 # no named Service; the ESB's networks are its own, no relation between two named bodies
 relations=[],
 # one outage: 'during the past winter a blizzard and a very severe lightning storm caused considerable damage to the
 # board's networks in the Skibbereen-Mizen Head area with subsequent interruptions of supply' -> provider ESB (its
 # networks, and 'the supply of electric current by the ESB'), date 1966 (the winter just past on 9 March 1966,
 # a season -> the year, as the Dates rule has it; doubtful: the storms may fall in December 1965, and null would be
 # defensible), start/end null, affected [], location Skibbereen-Mizen Head, cause 'blizzard and a very severe
 # lightning storm'. The interruptions follow one spell of storm damage and are taken as one event (doubtful: the
 # plural could be read as counted breaks). Not items: the question's 'most ineffective' supply (a complaint, no
 # loss told) and the Mayo areas awaiting connection (supply never given, not a service lost)
 outages=[O("ESB", "1966", [], loc="Skibbereen-Mizen Head", cause="blizzard and a very severe lightning storm")],
 # `published` Wednesday 9 March 1966: 'the past winter' -> 1966 (season -> the year; doubtful, as above); 'in about
 # three years' time' (a span, no date named; doubtful: 1969), 'at the moment', 'at present', 'for many years past',
 # 'over a period of years' skipped
 dates=[D("the past winter", "1966")])

# ---- near-misses ------------------------------------------------------------------------------------------------
A["oireachtas-dail-lucan-electricity-supply-power-station-closing-1925"] = dict(
 # Lucan -> Location; the Lucan Tramways (the tramway undertaking the power-station supplied) -> Company (doubtful:
 # Organization, or the tram line as a Service); the Local Government Department / the Department of Local
 # Government -> Organization, the answer's full form as name and the question's as alias. The Minister for Industry
 # and Commerce is a post; 'my Department', 'the Convent', 'the Commissioners in this city' are not named -> not
 # annotated
 entities=[E("Location", "Lucan"), E("Company", "Lucan Tramways"),
           E("Organization", "Department of Local Government", "Local Government Department")],
 roles=[],
 # the power-station 'supplied the Lucan Tramways', but the station is unnamed and no owner is named -> no relation
 relations=[],
 # near-miss: 'the closing down of the power-station at Lucan', which had lit places near Lucan and helped two
 # water supplies; the Convent schools 'will also be left without electricity and water' -> a feared loss after a
 # planned closure, told in the future, no loss told as having happened and no day given -> no outage (doubtful: a
 # reader may take the closing as already done, but the text tells no one's supply as lost)
 outages=[],
 # `published` Wednesday 24 June 1925: 'later' skipped; no date expression
 dates=[])

A["oireachtas-dail-blasket-islands-radio-telephone-interruptions-1947"] = dict(
 # Oileán na mBlascaod (the Blasket island the text names in Irish) and Dunquin (its post office the mainland end)
 # -> Location. The Minister for Posts and Telegraphs is a post; the radio telephone link, 'the island office' and
 # 'the engineering staff' are not named -> not annotated
 entities=[E("Location", "Oileán na mBlascaod"), E("Location", "Dunquin")],
 roles=[],
 relations=[],
 # near-miss by the counting rule: communication 'wholly interrupted' for three days in February 1946, two in April,
 # ten in July, ... 28 in January 1947, two in February 1947, and partly on 38 other days, mainly through weather
 # damage to the windchargers -> each month is a count of days that may hold several breaks, none told apart with a
 # start or end -> not events (GUIDELINES, Outages: counted outages are not events; as earlier batches' counted
 # transmitter and load-shedding answers). Doubtful: January 1947's 28 days may be one break; the lead may judge
 # otherwise
 outages=[],
 # `published` Wednesday 12 March 1947: '1st January, 1946' (question and answer, one text) -> 1946-01-01; '19th
 # June, 1941' -> 1941-06-19; the nine months of the list -> year-month
 dates=[D("1st January, 1946", "1946-01-01"), D("19th June, 1941", "1941-06-19"), D("February, 1946", "1946-02"),
        D("April, 1946", "1946-04"), D("July, 1946", "1946-07"), D("August, 1946", "1946-08"),
        D("September, 1946", "1946-09"), D("November, 1946", "1946-11"), D("December, 1946", "1946-12"),
        D("January, 1947", "1947-01"), D("February, 1947", "1947-02")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
