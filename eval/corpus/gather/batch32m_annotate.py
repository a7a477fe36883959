#!/usr/bin/env python3
"""Batch 32m gold annotations (the texts of batch32m.py), written from each text alone; newskg was not run on any of
them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the batch's own
cycle, as every sub-batch since 8b; batch10_annotate.write_parts). The parliamentary and Welsh Government texts have
`published` (the sitting's or statement's date), so relative expressions are resolved against it; the VA OIG summary
has `published` null, so only absolute expressions are listed there (GUIDELINES.md, Dates).
usage: batch32m_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather33m/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R
import batch10_annotate as b10


A = {}
# ---- outages ----------------------------------------------------------------------------------------------------
A["hansard-commons-gas-and-electricity-supplies-west-midlands-1965"] = dict(
 # the West Midlands Gas Board (alias 'Board', its capitalised short form) -> Company, as batch 32f's 1966 text and
 # the corpus's other area Gas Boards; 'the Electricity Generating Board' (capitalised, a national generating body
 # named as written) -> Company, as the corpus's Central Electricity Generating Board (doubtful: the short form as
 # written); the West Midlands, Coleshill, Tipton, the Midlands and Germany -> Location; 'the Minister of Power' (a
 # post), 'the electricity boards' (plural, generic), 'the House' and 'the great Midlands motor car manufacturers'
 # (unnamed) -> not annotated; 'Coleshill gas works' -> the place Coleshill only (the works unnamed otherwise)
 entities=[E("Company", "West Midlands Gas Board", "Board"), E("Location", "West Midlands"),
           E("Location", "Midlands"), E("Location", "Coleshill"), E("Location", "Tipton"),
           E("Company", "Electricity Generating Board"), E("Location", "Germany")],
 roles=[],
 relations=[],
 # two outages told apart: (1) gas: 'A number of firms in the area of the West Midlands Gas Board were asked
 # yesterday to stop taking gas', 'gas supplies were cut off from the great Midlands motor car manufacturers ...
 # in the middle of yesterday' -> provider the West Midlands Gas Board, 1965-11-16 ('yesterday' before Wednesday 17
 # November 1965), location West Midlands, cause the Coleshill breakdown and the late plant at Tipton; 'restoring
 # normal supplies today' and 'should have full supplies for the night shift' (a hope, not a reported end) -> no
 # end. Doubtful: a supplier asking firms to stop taking gas could be read as a planned curtailment; the text tells
 # supplies 'cut off ... without any previous warning' by the question and forced by a breakdown (a loss of supply,
 # as batch 32f's January 1966 restrictions of the same board). (2) electricity: 'The electricity boards were
 # obliged in the late afternoons on Monday and Tuesday to disconnect some consumers in certain areas for short
 # periods' -> provider null (no board named), 1965-11-15 (the Monday before the sitting; the two afternoons told
 # in one sentence, kept as one outage with its first day; doubtful: two outages, one a day, could be read), no
 # location (the areas unnamed), no cause stated in the sentence (the cold weather and demand only implied) -> null
 outages=[O("West Midlands Gas Board", "1965-11-16", [], loc="West Midlands",
            cause="a major breakdown at Coleshill gas works and the late commissioning of new plant at Tipton"),
          O(None, "1965-11-15", [])],
 # published Wednesday 17 November 1965: 'yesterday' (twice, one value) -> 1965-11-16; 'today' -> 1965-11-17;
 # 'Monday' -> 1965-11-15, 'Tuesday' -> 1965-11-16; 'the middle of yesterday' (another text with the value of
 # 'yesterday') -> 1965-11-16; 'later in the winter', 'the night shift', 'the late afternoons' and 'now' skipped
 dates=[D("yesterday", "1965-11-16"), D("today", "1965-11-17"), D("Monday", "1965-11-15"),
        D("Tuesday", "1965-11-16"), D("the middle of yesterday", "1965-11-16")])

A["hansard-commons-nottingham-telephone-snowstorm-1913"] = dict(
 # Nottingham City (alias 'Nottingham', the text's shorter name for the same city) -> Location, as batch 32f's 'Cork
 # City' / 'Cork'; 'neighbouring exchanges', 'main lines', 'fire wires', 'doctors' circuits' (generic) and 'the
 # telephone under private management' (no company named) -> not annotated; no member or minister in the text
 entities=[E("Location", "Nottingham City", "Nottingham")],
 roles=[],
 relations=[],
 # one outage: 'On Saturday the 11th January 1,200 subscribers' circuits in Nottingham City and more than 500
 # circuits in connection with neighbouring exchanges were broken' (subscribers losing their lines) -> provider
 # null (the telephone administration is not named in the text; the Post Office only implied by 'private
 # management' as its contrast), 1913-01-11 (Saturday before Monday 3 February 1913), location Nottingham City,
 # cause 'snowstorm'; service still not restored on 25 January (170 circuits) -> no end, no duration. The frost of
 # Monday 13 January broke more of the same wires during the same repairs -> told as part of the same damage, not a
 # second outage (doubtful)
 outages=[O(None, "1913-01-11", [], loc="Nottingham City", cause="snowstorm")],
 # published Monday 3 February 1913 (all January dates of 1913): 'Saturday, 11th January' and 'Saturday the 11th
 # January' (two texts, one value) -> 1913-01-11; 'Saturday, 18th January' and 'the 18th January' -> 1913-01-18;
 # 'Saturday, 25th January', 'the 25th January' and 'Saturday, the 25th January' -> 1913-01-25; 'Monday, the 13th
 # January' -> 1913-01-13; 'Sunday, the 13th January' -> 1913-01-13 (the date as written; the weekday is the
 # text's slip: 13 January 1913 was a Monday; doubtful); 'Sunday morning' (the morning after the Saturday storm) ->
 # 1913-01-12 and 'Monday' (the fog, after that Sunday) -> 1913-01-13 (both resolved by the story's own sequence,
 # not against `published`; doubtful); 'the occasion of the last great storm' skipped
 dates=[D("Saturday, 11th January", "1913-01-11"), D("Saturday, 18th January", "1913-01-18"),
        D("Saturday, 25th January", "1913-01-25"), D("Saturday the 11th January", "1913-01-11"),
        D("Monday, the 13th January", "1913-01-13"), D("Sunday morning", "1913-01-12"),
        D("Monday", "1913-01-13"), D("the 18th January", "1913-01-18"), D("the 25th January", "1913-01-25"),
        D("Sunday, the 13th January", "1913-01-13"), D("Saturday, the 25th January", "1913-01-25")])

A["welsh-government-written-statement-cardiff-signalling-power-failure-2011"] = dict(
 # Ieuan Wyn Jones -> Person; Network Rail, Arriva Trains Wales and Western Power (as written; a power company whose
 # personnel helped the investigation) -> Company; the Welsh Assembly Government -> Organization; Cardiff, Cardiff
 # Central Station, the named facility Cardiff Central Signal Box (GUIDELINES Types: named sites), Heath Junction
 # and Barry -> Location ('Heath Junction and Barry signal boxes': the boxes named by their places, the places
 # kept; doubtful); 'the Chamber', 'Assembly Members', 'commuters' -> not annotated
 entities=[E("Person", "Ieuan Wyn Jones"), E("Location", "Cardiff Central Station"), E("Location", "Cardiff"),
           E("Company", "Network Rail"), E("Organization", "Welsh Assembly Government"),
           E("Company", "Arriva Trains Wales"), E("Location", "Cardiff Central Signal Box"),
           E("Location", "Heath Junction"), E("Location", "Barry"), E("Company", "Western Power")],
 # 'Deputy First Minister and Minister for the Economy and Transport' with no country named on its own (Wales only
 # inside names) -> no role, as batch 16c2's ministers of the same government
 roles=[],
 # Network Rail's signalling 'within the remit of Network Rail' (no named service) and its joint report with Arriva
 # Trains Wales (a report, not a stated partnership) -> no relation (doubtful: the joint report could be read as
 # partner)
 relations=[],
 # one outage: 'the power failure at Cardiff Central Station signal box on 22 March that affected all train services
 # into Cardiff', 'major disruption to the network in the Cardiff area on Tuesday 22 March' -> provider Network Rail
 # (the signalling and 'the issues relating to the failure are within the remit of Network Rail'), 2011-03-22, start
 # 07:07 (the first report that the signalling system had failed; doubtful: a report time read as the start),
 # location Cardiff, cause the root cause the text gives; no end (not in the excerpt); affected: the train services
 # are unnamed and no operator is said to be hit -> [] (doubtful: Arriva Trains Wales, named only as co-author of
 # the report)
 outages=[O("Network Rail", "2011-03-22", [], start="2011-03-22T07:07", loc="Cardiff",
            cause="failure of a cable connecting the stand-by generator to the signalling system")],
 # published 31 March 2011: '23 March' -> 2011-03-23; '22 March' and 'Tuesday 22 March' -> 2011-03-22; '07:07' (on
 # that day) -> 2011-03-22T07:07; 'at the time', 'shortly', 'In the meantime', 'by early afternoon' skipped
 dates=[D("23 March", "2011-03-23"), D("22 March", "2011-03-22"), D("Tuesday 22 March", "2011-03-22"),
        D("07:07", "2011-03-22T07:07")])

A["va-oig-hines-information-technology-center-power-outage-2023"] = dict(
 # the Hines Information Technology Center (alias 'Hines', as 'at Hines and other core data centers' names it) -> a
 # named facility, Location (GUIDELINES Types: named sites); 'VA' -> Organization (as written; the corpus has
 # E("Organization", "VA")); 'the OIG' (the inspector general's office, named only by its abbreviation) ->
 # Organization 'OIG' (doubtful: an abbreviation standing alone); the Office of Information and Technology ->
 # Organization; 'the Hines center' (a description, not a name) -> no further alias; 'veterans', 'engineering
 # staff', 'an authorized employee' -> not annotated
 entities=[E("Organization", "OIG"), E("Location", "Hines Information Technology Center", "Hines"),
           E("Organization", "VA"), E("Organization", "Office of Information and Technology")],
 roles=[],
 # the Office of Information and Technology is not said to be VA's, nor the OIG -> no parentOrganization (doubtful:
 # both are VA's offices in fact, not in the text)
 relations=[],
 # one outage: 'a power outage that occurred at the Hines Information Technology Center on May 4, 2023. The outage
 # lasted approximately 22 hours and adversely affected more than 10,000 VA employees nationwide, preventing them
 # from accessing critical VA data and systems' -> provider VA (whose data center and systems failed; doubtful: the
 # center's owner is inferred from 'VA data and systems' and 'VA employees'), 2023-05-04, duration 22, location the
 # center, cause 'activation of a circuit breaker' ('when an authorized employee activated the circuit breaker ...
 # electricity stopped flowing'); affected: the compensation, pension and education benefits applications are
 # unnamed systems -> [] (doubtful)
 outages=[O("VA", "2023-05-04", [], dur=22, loc="Hines Information Technology Center",
            cause="activation of a circuit breaker")],
 # `published` null: absolute only -> 'May 4, 2023' (twice, listed once)
 dates=[D("May 4, 2023", "2023-05-04")])

# ---- near-miss --------------------------------------------------------------------------------------------------
A["hansard-commons-london-paris-telephone-service-1928"] = dict(
 # London, Paris and the Straits of Dover -> Location; 'the London-Paris telephone service' (a route's service,
 # not a named product) -> not annotated, as batch 16h's London-Paris-Brussels trains; 'the Postmaster-General' (a
 # post) -> not annotated
 entities=[E("Location", "London"), E("Location", "Paris"), E("Location", "Straits of Dover")],
 roles=[],
 relations=[],
 # near-miss: 'the simultaneous interruption during foggy weather of four out of the seven submarine cables through
 # which the circuits pass' caused 'considerable delays' on the London-Paris telephone; the service ran, slowed,
 # on the other cables -> no outage (no loss of service told). Doubtful: each cable's interruption could be read as
 # an outage (provider null, undated)
 outages=[],
 # published Thursday 1 March 1928: 'now', 'the recent storm', 'of late' and 'for some considerable time' skipped
 dates=[])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
