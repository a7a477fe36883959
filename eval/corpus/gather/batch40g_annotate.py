#!/usr/bin/env python3
"""Batch 40g gold annotations (the 2 texts of batch40g.py: Eastern Group plc's memorandum to the Northern Ireland
Affairs Committee on the Christmas 1998 storms, and the Secretary of State's answer to the Commons urgent question
'South West Water: Brixham Contamination' of 20 May 2024), written from each text alone; newskg was not run on
either. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train
(batch10_annotate.write_parts). `published` is the memorandum's date line and the day of the sitting; relative
expressions are resolved against it (GUIDELINES.md, Dates). A storm is an event, not an entity; a boil notice is a
near-miss, not an outage (supply not cut; batch 35i's Leixlip boil water notice).
usage: batch40g_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather41g/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, O
import batch10_annotate as b10

A = {}

EG = "Eastern Group plc"
A["uk-parliament-ni-affairs-committee-memorandum-eastern-group-storm-1999"] = dict(
 # Eastern Group plc (named only in the heading; the body says 'our') -> Company; NIE (named in comparison; the text
 # gives no fuller form) -> Company (an electricity company, 'NIE, and other electricity companies'). No place named
 # ('our region'). Not annotated: 'Guaranteed Standard' (a regulatory standard), the storms (events).
 entities=[E("Company", EG), E("Company", "NIE")],
 # no person named
 roles=[],
 relations=[],
 # 'We have 3.3 million electricity customers within our region, of which the following were without supply as a
 # direct result of the Christmas storms ... At the peak, 0.2 per cent of customers were without supply due to the
 # storms' -> provider Eastern Group plc, date 1998-12 ('the Christmas storms' before a memorandum of 12 March 1999;
 # the one full date, 'Saturday, 26 December 1998', is the day of the maximum wind speed, not told as the day supply
 # was lost - doubtful: a reader may put 1998-12-26; batches 39q and 40a dated the same storm's losses 1998-12), no
 # start, end or duration ('none of our customers were off supply for more than 24 hours' is a bound, not the
 # outage's duration), affected [] (unnamed customers), location null (the region is not named), cause the Christmas
 # storms. NIE is named only for comparison (its own outage is batch 29c's train text) -> no item.
 outages=[O(EG, "1998-12", [], cause="Christmas storms")],
 # published 1999-03-12: '8 March 1999'; 'Christmas' in 'the Christmas storms' -> 1998-12-25 (the Christmas before
 # the memorandum, as batch 40a's 'Christmas 1998'; doubtful: a reader may skip a festival used as a modifier);
 # 'Saturday, 26 December 1998' -> 1998-12-26 ('2100 hours' is its time of day; the date item keeps the day, as the
 # text ties the hour to the wind, not to a supply loss). Skipped: 'this period', 'During this period'.
 dates=[D("8 March 1999", "1999-03-08"), D("Christmas", "1998-12-25"),
        D("Saturday, 26 December 1998", "1998-12-26")])

SWW = "South West Water"
A["hansard-commons-urgent-question-south-west-water-brixham-contamination-2024"] = dict(
 # South West Water -> Company; UK Health Security Agency (alias UKHSA) -> Organization (a government agency);
 # Brixham, Hillhead ('the Hillhead distribution area', 'the Hillhead area'), Alston ('the Alston area', 'the Alston
 # supply area'), Totnes, Torbay (constituencies) -> Location; Anthony Mangnall, Kevin Foster -> Person (members named
 # in the answer). Not entities: 'the Secretary of State for Environment, Food and Rural Affairs', 'the chief
 # executive', 'the Minister for Food, Farming and Fisheries' (posts with no name in the text), cryptosporidium (a
 # parasite), 'a helpline'.
 entities=[E("Company", SWW), E("Organization", "UK Health Security Agency", "UKHSA"), E("Location", "Brixham"),
           E("Location", "Hillhead"), E("Location", "Alston"), E("Location", "Totnes"), E("Location", "Torbay"),
           E("Person", "Anthony Mangnall"), E("Person", "Kevin Foster")],
 # none: the members are legislators (no role); South West Water's chief executive is unnamed
 roles=[],
 relations=[],
 # no outage item (a near-miss): 'A boil notice was issued for customers on Wednesday 15 May to cover both the
 # Hillhead area and the Alston area' after cryptosporidium was found in the Hillhead distribution area - the supply
 # kept running, to be boiled before drinking, with bottled water stations opened; as batch 35i judged the Leixlip
 # boil water notice ('treatment fault, supply not cut'). Doubtful: a reader could make one item (provider South West
 # Water, date 2024-05-15, location Brixham, cause 'cryptosporidium in the Hillhead distribution area'), drinkable
 # water being the service lost.
 outages=[],
 # published 2024-05-20 (Monday): 'Monday 13 May' 2024-05-13; 'Monday evening' 2024-05-13 (the same Monday, told as
 # the start of monitoring; another surface text, so its own item); 'Tuesday' 2024-05-14; 'Wednesday morning'
 # 2024-05-15; 'Wednesday 15 May' 2024-05-15; 'Thursday 16 May' 2024-05-16; 'Friday' 2024-05-17 (the call with the
 # chief executive and the Minister's visit: the same text and value, one item); 'Saturday' 2024-05-18. Skipped: 'To
 # date', 'up to 10 days' (a span).
 dates=[D("Monday 13 May", "2024-05-13"), D("Monday evening", "2024-05-13"), D("Tuesday", "2024-05-14"),
        D("Wednesday morning", "2024-05-15"), D("Wednesday 15 May", "2024-05-15"), D("Thursday 16 May", "2024-05-16"),
        D("Friday", "2024-05-17"), D("Saturday", "2024-05-18")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
