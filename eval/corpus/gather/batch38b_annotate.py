#!/usr/bin/env python3
"""Batch 38b gold annotations for the two texts of batch38b.py (National Park Service texts: the Morning Report of
Monday 29 August 2011 on Hurricane Irene, with support teams sent to three parks and Cape Hatteras' power and some
radio systems out; Yellowstone National Park's release 14-018 of 9 April 2014 on the approved plan to improve the
park's electrical power distribution, operated by Northwestern Energy (NWE), whose infrastructure is 'prone to
frequent outages' -- a near-miss). Annotated from each text alone; newskg was not run on them. Split by the fixed
rule (sorted ids dealt test, train, dev, train: batch10_annotate's write_parts). Relative dates resolve against
`published`.
Conventions (those of 35s, 36b, 36i, 36r, 36u and 37b): parks (with 'NS' / 'NHP' as the text writes them),
villages, islands, towns, regions and states -> Location; incident management teams named by region (the 'Central
IMT' of batch 36b) -> Organization, their incident commanders ('IC') -> head; the National Park Service and its
regional units -> Organization; the electricity utility -> Company; storms (events), roads and highways, documents
(an environmental assessment), unnamed teams -> no entity; an outage's provider only where the text ties a named
utility or carrier to the lost service; outages counted but not told one by one -> no item (GUIDELINES part 2).
usage: batch38b_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather39b/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R
import batch10_annotate as b10

A = {}
A["us-nps-hurricane-irene-cape-hatteras-power-radio-out-morning-report-2011"] = dict(
 # North Carolina, New England, Cape Lookout NS, Cape Hatteras NS, National Parks of New York Harbor (the group of
 # parks a team is sent to, named like a park; doubtful: Organization, as batch 36b took the 'Outer Banks Group'),
 # Great Island, Portsmouth Village, Cape Lookout Village, the Outer Banks, Rodanthe, Salvo, Colonial NHP, Yorktown
 # and Jamestown -> Location. Midwest IMT, Eastern IMT and Pacific West IMT (incident management teams named by
 # region, as 36b's 'Central IMT') -> Organization. Jim Hummel, Zeph Cunningham, Denny Ziemann -> Person.
 # Not annotated: Hurricane Irene (an event), Highway 12 and Colonial Parkway (roads), 'a SETT team', 'a regional
 # assessment team', 'sawyer teams' and 'an interdisciplinary support team' (unnamed teams).
 entities=[E("Location", "North Carolina"), E("Location", "New England"), E("Location", "Cape Lookout NS"),
           E("Organization", "Midwest IMT"), E("Person", "Jim Hummel"), E("Location", "Cape Hatteras NS"),
           E("Organization", "Eastern IMT"), E("Person", "Zeph Cunningham"),
           E("Location", "National Parks of New York Harbor"), E("Organization", "Pacific West IMT"),
           E("Person", "Denny Ziemann"), E("Location", "Great Island"), E("Location", "Portsmouth Village"),
           E("Location", "Cape Lookout Village"), E("Location", "Outer Banks"), E("Location", "Rodanthe"),
           E("Location", "Salvo"), E("Location", "Colonial NHP"), E("Location", "Yorktown"),
           E("Location", "Jamestown")],
 # 'The Midwest IMT (Jim Hummel, IC)', 'The Eastern IMT (Zeph Cunningham, IC)', 'Pacific West IMT (Denny Ziemann,
 # IC)' -> head of each team (the incident commander leads the team, as batch 36b's Central IMT; doubtful: other)
 roles=[R("Jim Hummel", "head", "Midwest IMT"), R("Zeph Cunningham", "head", "Eastern IMT"),
        R("Denny Ziemann", "head", "Pacific West IMT")],
 # no relation: the text does not say whose teams the IMTs are (doubtful: parentOrganization of the National Park
 # Service, which the kept text never names)
 relations=[],
 # 'Cape Hatteras NS - ... Power and some radio systems were out.' -> one outage (one clause for the power supply
 # and the park's radio systems; doubtful: two items): provider null (no utility or radio operator named), date
 # 2011-08 (the state as told in the reports of 'Sunday morning', 28 August, on a storm the text does not date: the
 # start day is not told -- as batch 36i's Georges report; doubtful: 2011-08-28), no start, end or duration (not
 # said to be back), affected [], place Cape Hatteras NS (the park's entry; doubtful: Outer Banks), cause 'Hurricane
 # Irene'.
 # Not outages: 'most have reported minor damage and power outages' (counted over many parks, none told apart:
 # GUIDELINES part 2), closures and reopenings, road damage, docks, septic systems, flooding.
 outages=[O(None, "2011-08", [], loc="Cape Hatteras NS", cause="Hurricane Irene")],
 # published 2011-08-29 (a Monday): 'this morning' (in 'Hurricane Irene this morning is just a memory') ->
 # 2011-08-29; 'Sunday morning' -> 2011-08-28; 'today' ('will reopen today') -> 2011-08-29. Skipped: 'the weekend'
 # (in 'over the weekend': a weekend, GUIDELINES).
 dates=[D("this morning", "2011-08-29"), D("Sunday morning", "2011-08-28"), D("today", "2011-08-29")])

A["us-nps-yellowstone-northwestern-energy-utility-upgrade-plan-approved-release-2014"] = dict(
 # Yellowstone National Park and Montana -> Location; Northwestern Energy (alias NWE) -> Company; Sue Masica ->
 # Person; the Intermountain Region (a regional unit of the National Park Service led by a Director; doubtful:
 # Location, a region) and the National Park Service -> Organization.
 # Not annotated: the Environmental Assessment (EA) (a document), 'NWE's central offices' (unnamed).
 entities=[E("Location", "Yellowstone National Park"), E("Company", "Northwestern Energy", "NWE"),
           E("Person", "Sue Masica"), E("Organization", "Intermountain Region"),
           E("Organization", "National Park Service"), E("Location", "Montana")],
 # 'Sue Masica, Director of the Intermountain Region of the National Park Service' -> head of the Intermountain
 # Region (the director leading a unit of an agency, as the FTC bureau directors of earlier batches; doubtful:
 # director)
 roles=[R("Sue Masica", "head", "Intermountain Region")],
 # 'the Intermountain Region of the National Park Service' -> parentOrganization (a unit of the agency). Not
 # annotated: a provider relation for the park's 'electrical power distribution, operated by Northwestern Energy'
 # (no named Service: the distribution system is described, not named; doubtful), a partner relation between the
 # NPS and NWE (the park approves NWE's plan; no stated partnership or contract).
 relations=[L("Intermountain Region", "parentOrganization", "National Park Service")],
 # No outage (near-miss): NWE's infrastructure in the park 'is prone to frequent outages', repairs are hard 'when
 # outages occur', and the plan 'seeks to reduce the duration of power outages' -- outages counted and described in
 # general, none told one by one (GUIDELINES part 2).
 outages=[],
 # published 2014-04-09 (a Wednesday): 'November 6, 2013' -> 2013-11-06. Skipped: 'last week' (GUIDELINES: skip),
 # 'the 1950's' (a decade; no ISO calendar value in the format; doubtful: 1950s as a coarse value)
 dates=[D("November 6, 2013", "2013-11-06")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
