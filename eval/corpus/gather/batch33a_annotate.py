#!/usr/bin/env python3
"""Batch 33a gold annotations (the 6 texts of batch33a.py), written from each text alone; newskg was not run on any
of them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the batch's
own cycle, as every sub-batch since 8b; batch10_annotate.write_parts). Every text is a parliamentary record with its
sitting's date as `published`, so relative expressions are resolved against that day (GUIDELINES.md, Dates).
usage: batch33a_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather34a/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R
import batch10_annotate as b10


A = {}
# ---- outages ----------------------------------------------------------------------------------------------------
A["hansard-commons-bath-race-course-cable-damage-1953"] = dict(
 # Bath and the named site Bath Race Course -> Location (GUIDELINES Types: named sites are Location); the Post Office
 # (a government department, as batches 28c-32f) -> Organization; the Post Office Research Station (a named research
 # facility) and Dollis Hill -> Location; 'the police', 'race courses', 'the bookies' (generic) and the post
 # 'Assistant Postmaster-General' -> not annotated; every member's name was in the speaker lines cut from the text
 entities=[E("Location", "Bath"), E("Location", "Bath Race Course"), E("Organization", "Post Office"),
           E("Location", "Post Office Research Station"), E("Location", "Dollis Hill")],
 roles=[],
 relations=[],
 # one outage: 'the overhead cable breakdown which cut off the telephones at Bath Race Course from the telephone
 # exchange', 'the telephone breakdown at Bath on 16th July' -> 1953-07-16; provider the Post Office (the Minister
 # answers for it, its engineers examined the cable and 'the Post Office' is asked how long it took 'to find out that
 # this break down was not an act of God'; doubtful: the text does not say in so many words whose cable it is);
 # location Bath Race Course (the telephones cut off; the damage 'about three-quarters of a mile from' it); cause
 # 'overhead cable cut' ('the cable had been deliberately cut', consistent with 'an oxy-acetylene torch'); no start,
 # end or duration ('within half-an-hour' is the time to discover the break); affected [] (the race course's
 # telephones are no named service)
 outages=[O("Post Office", "1953-07-16", [], loc="Bath Race Course", cause="overhead cable cut")],
 dates=[D("16th July", "1953-07-16")])

A["hansard-commons-colliery-ventilation-fan-stoppage-south-birtley-1951"] = dict(
 # South Birtley (the colliery village) and County Durham -> Location; 'their area electricity board' and 'the
 # electricity undertakings' (generic, none named) -> not annotated
 entities=[E("Location", "South Birtley"), E("Location", "County Durham")],
 roles=[],
 relations=[],
 # one outage: 'the ventilating fan specially installed for the benefit of the entombed men was put out of action
 # for 15 minutes by an electricity cut', 'the power was restored immediately a telephone call was made' -> provider
 # null (no board named: 'their area electricity board' is generic), date null (the 'recent rescue operations' are
 # not dated; doubtful: `published` 9 April 1951 bounds them), duration 0.25 (the fan's 15 minutes out of action read
 # as the cut's length, power being restored on a call; doubtful), location South Birtley, cause null (the cut is the
 # outage itself; that the board cut power on purpose is implied by 'warn their area electricity board not to cut
 # the power', not stated as the cause), affected [] (a fan, no named service). Doubtful: a supplier's deliberate cut
 # could be read as planned load shedding; GUIDELINES Outages counts planned shutoffs of a utility service
 outages=[O(None, None, [], dur=0.25, loc="South Birtley")],
 # no time expression resolves to a calendar value ('recent', 'in the future', 'in former days' skipped)
 dates=[])

A["hansard-commons-electricity-supplies-interruption-kingwood-1957"] = dict(
 # the Central Electricity Authority (a nationalised electricity authority, Company as the corpus's Central
 # Electricity Generating Board and area boards; doubtful: Organization), Kingwood and South Oxfordshire -> entities;
 # 'the electricity authorities', 'the individual area boards' (generic) and the 'moderate sized hospital' (unnamed)
 # -> not annotated
 entities=[E("Company", "Central Electricity Authority"), E("Location", "Kingwood"),
           E("Location", "South Oxfordshire")],
 roles=[],
 relations=[],
 # one outage told: 'in the Kingwood area of South Oxfordshire on 30th June electricity was cut off for two and a
 # half hours' -> 1957-06-30, duration 2.5, location Kingwood, cause 'storms' ('during the recent storms', 'The
 # weather conditions were quite exceptional on 30th June'), provider null (no area board named; the Central
 # Electricity Authority is only asked to give a direction, not said to supply the area; doubtful); 'reports of
 # interruptions in supply from four areas' -> counted, not told apart, no further items (GUIDELINES Outages)
 outages=[O(None, "1957-06-30", [], dur=2.5, loc="Kingwood", cause="storms")],
 # '30th June' (twice, listed once) -> 1957-06-30 (before `published` Monday 8 July 1957); 'the recent storms', 'now'
 # skipped
 dates=[D("30th June", "1957-06-30")])

A["hansard-commons-palace-of-westminster-power-supplies-1984"] = dict(
 # the Palace of Westminster (a named building, as batch 29c's Houses of Parliament) -> Location ('the palace' in
 # lower case is no alias); NCB (the National Coal Board, named only by its initials; a nationalised industry board,
 # Company as the corpus's nationalised boards) -> Company; 'the House' (the Commons as a chamber; doubtful) and the
 # unnamed chairman and Secretary of State -> not annotated
 entities=[E("Location", "Palace of Westminster"), E("Company", "NCB")],
 roles=[],
 relations=[],
 # one outage: 'the power failure in the Palace of Westminster on 3 November 1983' ('the power failure last
 # November') -> provider null (no supplier named), location the Palace of Westminster, cause null (the answer tells
 # the remedy, 'modernisation of mains switchgear' and 'a new transformer', not the cause), affected []; the
 # hypothetical 'prolonged national power cut' and the 1972 cuts named in passing ('as he did in 1972, telling people
 # to clean their teeth in the dark'; no event told) -> none
 outages=[O(None, "1983-11-03", [], loc="Palace of Westminster")],
 # `published` Wednesday 9 May 1984: '3 November 1983' -> 1983-11-03, 'last November' -> 1983-11, '1972' -> 1972;
 # 'about two months ago' (approximate; doubtful: 1984-03), 'now', 'within about eight minutes' skipped
 dates=[D("3 November 1983", "1983-11-03"), D("last November", "1983-11"), D("1972", "1972")])

# ---- near-misses ------------------------------------------------------------------------------------------------
A["hansard-commons-telephonic-communication-guernsey-1896"] = dict(
 # Guernsey -> Location ('the island' generic); the Post Office (the government department: 'the right and authority
 # of the Post Office') -> Organization, 'the post office' in lower case (the office at Guernsey the wires ran to)
 # no alias; the Royal Court of the island (alias 'Royal Courts', the question's plural for the same body; doubtful)
 # and the States (the island's assembly, 'now before the States with whom the decision rests'; doubtful) ->
 # Organization; the National Telephone Company -> Company ('the company' generic); the post 'Secretary of State for
 # the Home Department' -> not annotated
 entities=[E("Location", "Guernsey"), E("Organization", "Post Office"), E("Organization", "Royal Court", "Royal Courts"),
           E("Company", "National Telephone Company"), E("Organization", "States")],
 roles=[],
 # the wires were 'the property ... of the National Telephone Company' (no named service) -> no relation
 relations=[],
 # near-miss: 'the local authorities at Guernsey have cut the telephone wires communicating with the post office',
 # 'on the ground that they were stretched across public streets and private property without authority' -> a
 # government body's deliberate removal of unauthorised wires (GUIDELINES Outages: government orders are no outage),
 # and no subscriber's loss of service is told -> no outage. Doubtful: the cut wires could be read as an outage of
 # the National Telephone Company's line to the post office, undated
 outages=[],
 dates=[])

A["oireachtas-dail-telephone-service-breakdown-denied-1963"] = dict(
 # the General Post Office (a named building in the text's 'from this House to the General Post Office') ->
 # Location; 'this House', 'the Deputy', the post 'Minister for Posts and Telegraphs' -> not annotated
 entities=[E("Location", "General Post Office")],
 roles=[],
 relations=[],
 # near-miss: the question alleges 'a widespread breakdown of the telephone system throughout the country'; the
 # Minister answers 'I cannot agree that there has been any breakdown of the telephone system' and admits only
 # 'congestion at certain times on certain localised portions of the telephone system' and 'on certain routes and in
 # certain areas', with more calls connected than ever -> a denied outage, congestion not a loss of service -> no
 # outage. Doubtful: 'impossible to get through ... to the General Post Office' at certain times could be read as an
 # outage (provider the Department, unnamed as an entity; undated)
 outages=[],
 # '1963' -> 1963 and '1962' -> 1962 (the years compared); 'in recent weeks', 'recently', 'at certain times of the
 # day' skipped
 dates=[D("1963", "1963"), D("1962", "1962")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
