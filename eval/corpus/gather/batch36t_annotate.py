#!/usr/bin/env python3
"""Batch 36t gold annotations (the text of batch36t.py: the FCC Enforcement Bureau's news release of 6 July 2016 on
its settlement with General Communication, Inc. (GCI) over five 911 service outages on GCI's wireless network in
Alaska, August 2008 to April 2016 -- counted, never told one by one, so a near-miss with a named carrier), written
from the text alone; newskg was not run on it. The split follows the fixed rule: the sorted ids dealt along test,
train, dev, train (batch10_annotate's write_parts). Dates resolve against `published` (the release's date line).
Conventions (as the FCC releases of batches 7-8 and the second annotation of batch 35): the dateline 'WASHINGTON'
-> Location; the FCC and its Enforcement Bureau -> Organization, the Bureau under the Commission
(parentOrganization); the carrier -> Company; '911' -> Service; the Bureau's chief -> head of the Bureau.
usage: batch36t_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather37t/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R
import batch10_annotate as b10

A = {}
# ---- near-miss: counted outages of a named carrier --------------------------------------------------------------
A["us-fcc-gci-alaska-911-outages-settlement-release-2016"] = dict(
 # 'WASHINGTON' (dateline), Alaska, New York City (in the quotation: a place named as such) -> Location; the Federal
 # Communications Commission (alias 'FCC', written 'the FCC's' twice) and its Enforcement Bureau -> Organization;
 # General Communication, Inc. (alias 'GCI') -> Company; '911' (the emergency calling service the outages hit) ->
 # Service; Travis LeBlanc -> Person. Not annotated: 'a village in Alaska' (no name)
 entities=[E("Location", "WASHINGTON"), E("Organization", "Federal Communications Commission", "FCC"),
           E("Organization", "Enforcement Bureau"), E("Company", "General Communication, Inc.", "GCI"),
           E("Service", "911"), E("Location", "Alaska"), E("Location", "New York City"),
           E("Person", "Travis LeBlanc")],
 # 'Travis LeBlanc, Chief of the FCC's Enforcement Bureau' -> head of the Bureau
 roles=[R("Travis LeBlanc", "head", "Enforcement Bureau")],
 # 'The Federal Communications Commission's Enforcement Bureau' -> the Bureau is the Commission's part. Not taken:
 # provider(911, GCI) -- the text has GCI 'providing 911 service' on its network, but 911 is the public emergency
 # number, not a product of the carrier (doubtful; the FCC releases of batches 7-8 and 35 give 911 no provider)
 relations=[L("Enforcement Bureau", "parentOrganization", "Federal Communications Commission")],
 # no outage item: 'five 911 service outages that occurred on the company's wireless network in various parts of
 # Alaska between August 2008 and April 2016' and 'the five separate GCI 911 service outages prevented significant
 # numbers of the company's wireless customers from reaching first responders' -- five outages counted, none told
 # apart (no date, place or cause of its own): GUIDELINES, outages counted but not told one by one are not events.
 # Doubtful: one item provider GCI, date null, affected ['911'], location Alaska, standing for the five
 outages=[],
 # published 2016-07-06: 'July 6, 2016' -> 2016-07-06; 'August 2008' -> 2008-08; 'April 2016' -> 2016-04. Skipped:
 # 'in the future' (no time)
 dates=[D("July 6, 2016", "2016-07-06"), D("August 2008", "2008-08"), D("April 2016", "2016-04")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
