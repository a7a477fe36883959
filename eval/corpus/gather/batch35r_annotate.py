#!/usr/bin/env python3
"""Batch 35r gold annotations (the 3 texts of batch35r.py), made from each text alone; no extractor (newskg or other)
was run on them. The split rule was fixed before annotating: sorted ids dealt along test, train, dev, train, the
cycle every sub-batch has used since 8b (batch10_annotate.write_parts). Each text is a speech or reply of the
sitting day given as its `published`, and relative expressions are resolved against that day (GUIDELINES.md,
Dates); clock times and vague spans are not listed (as batches 33a-35m).
usage: batch35r_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather36r/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, O
import batch10_annotate as b10

UE = "Uisce Éireann"
IW = "Irish Water"

A = {}
A["oireachtas-dail-clonmel-water-supply-uisce-eireann-reply-2025"] = dict(
 # Uisce Éireann (the water utility, typed Company as in the corpus's other Uisce Éireann files) -> Company; the
 # Environmental Protection Agency (a regulator) and the HSE (named as 'the HSE's', the public health authority) ->
 # Organization; Michael Murphy ('Deputy Michael Murphy') -> Person; Clonmel -> Location. 'EU' appears only inside
 # 'EU directives' (a modifier, no body acting) -> not annotated (doubtful); 'the Minister', 'the Deputy' (unnamed
 # posts) -> not annotated
 entities=[E("Company", UE), E("Organization", "Environmental Protection Agency"), E("Organization", "HSE"),
           E("Person", "Michael Murphy"), E("Location", "Clonmel")],
 # 'Deputy Michael Murphy': a member of the Dáil, the title without a named body -> no role (as batch 35m's
 # 'Deputy O'Brien')
 roles=[],
 # Uisce Éireann's 'statutory responsibility' for water services names no Service entity -> no provider relation
 relations=[],
 # near-miss: 'water supply issues' with 'resulting impacts' on businesses and residents, plants and network 'aged
 # and fragile', a boil water notice named only as the HSE's decision in general -> no loss of supply told, no
 # outage
 outages=[],
 # no date expression: 'in the first instance', 'into the future' are no dates
 dates=[])

A["oireachtas-dail-adrigole-west-cork-water-breakages-uisce-eireann-2025"] = dict(
 # Cork ('west Cork'; the region word left out, as batch 35m's 'east Meath' -> Meath), Schull and Adrigole ->
 # Location; Uisce Éireann -> Company. 'The local Airbnbs' (lettings, not the company), 'the Oireachtas Members'
 # (a modifier), 'the local community group' (unnamed), 'the Minister' -> not annotated
 entities=[E("Location", "Cork"), E("Location", "Schull"), E("Company", UE), E("Location", "Adrigole")],
 roles=[],
 relations=[],
 # one outage: 'The water was out for a spell', told on its own with the newborn baby taken to stay elsewhere
 # overnight -> provider Uisce Éireann (the text makes it the body whose pipe supplies Adrigole and that must lay a
 # new one: a careful reader takes it as the operator; doubtful, the text never says it runs the supply), date null
 # (when is not told: 'recently' is when the Deputy heard of it), start/end/duration null ('a spell'), affected []
 # (households), location Adrigole (the place the speech asks a pipe for; doubtful: 'west Cork' at large), cause
 # null. Not items: the '14 water breakages' 'Since July' (counted, not told apart; GUIDELINES), the crèche and
 # school closures and the Airbnb refunds (effects of the counted breakages), 'I went through it myself 20 years
 # ago in Schull' (no loss told as such; doubtful)
 outages=[O(UE, None, [], loc="Adrigole")],
 # `published` Thursday 4 December 2025: 'July' ('Since July'; this year) -> 2025-07; 'the summer' ('throughout the
 # summer') -> 2025; 'the other night', 'recently', 'tomorrow morning' (a feared closing), 'overnight' skipped; '20
 # years ago' left out, as batch 35c's 'about twenty years ago'
 dates=[D("July", "2025-07"), D("the summer", "2025")])

A["oireachtas-dail-clogh-moneenroe-manganese-water-supply-2024"] = dict(
 # Clogh, Moneenroe and Kilkenny ('County Kilkenny') -> Location; Irish Water -> Company (the utility, under its
 # English name as the speech gives it). 'The county council' and 'the Department' (not named), 'a person from Irish
 # Water' (unnamed) -> not annotated
 entities=[E("Location", "Clogh"), E("Location", "Moneenroe"), E("Location", "Kilkenny"), E("Company", IW)],
 roles=[],
 relations=[],
 # near-miss: manganese in the supply, 'Boil water notices are regularly issued' (counted, undated), water that may
 # 'turn to brown treacle-like liquid' -> a water-quality matter; no supply said to be cut or lost -> no outage
 outages=[],
 # `published` Wednesday 28 February 2024: '1997' -> 1997; '12 February' ('dated 12 February') -> 2024-02-12;
 # 'last August' -> 2023-08; 'the many decades', 'decades', 'at that time', 'four years', 'between five and seven
 # years' (spans) skipped
 dates=[D("1997", "1997"), D("12 February", "2024-02-12"), D("last August", "2023-08")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
