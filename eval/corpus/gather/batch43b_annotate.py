#!/usr/bin/env python3
"""Batch 43b gold annotations for the two toscaData Wikinews texts of batch43b.py (an iPhone model's first sales day
marred by activation systems failing under network failures and insufficient capacity; the rail infrastructure
operator closing a main line through a junction town on New Year's Eve for over-running engineering works, with the
train operators hit and one operator's managing director), written by reading each text alone; no extractor was run
on either. Split rule fixed before annotating: ids sorted, dealt along test, train, dev, train (cycle). One outage
(the phone activations; its provider a doubtful point, noted at the item); the line closure is a near-miss (planned
engineering works, as batch 11e and the Christmas 2015 Hansard statement recorded engineering overruns).
usage: batch43b_annotate.py POOL_DIR OUT_ROOT      (writes OUT_ROOT/{train,dev,test}/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R
import batch10_annotate as b10

IDS = sorted("""wn-chaotic-first-day-iphone-3g-2008
wn-uk-rail-regulator-launches-investigation-into-2007""".split())
A = {}

IP = "3G iPhone"
A["wn-chaotic-first-day-iphone-3g-2008"] = dict(
 entities=[E("Company", "Apple"), E("Service", IP, "iPhone"), E("Location", "United States"),
           E("Company", "AT&T"), E("Location", "Canada"), E("Company", "Telstra"), E("Company", "Optus"),
           E("Company", "Vodafone"), E("Location", "Japan"), E("Location", "New Zealand")],
 # "Apple's new 3G iPhone" (then 'the iPhones', 'iPhone sales', 'the iPhone', 'iPhone nations') → Apple Company and
 # the Service '3G iPhone' as the text names it (the title's 'iPhone 3G' is not in the text), alias iPhone ('the
 # iPhone was unavailable for sale until now' in Japan speaks of the product line; kept as the same Service, a
 # doubtful point). 'at Apple and AT&T stores' → AT&T Company; 'the United States', Canada, Japan, 'New Zealand' →
 # Location; 'Australian stores' → nothing (an adjective; no 'Australia' in the text). 'supported by Telstra, Optus
 # and Vodafone' → Company each. '21 nations', 'consumers', 'Crowds' → nothing.
 # Roles: none (no person named).
 # Relations: "Apple's new 3G iPhone" → provider 3G iPhone → Apple. The carriers: 'the phone is supported by
 # Telstra, Optus and Vodafone' and 'Apple and AT&T stores' → nothing (a carrier serving a phone is no provider of
 # the device, and no partnership is written; as batch 40p left Motorola's phone on Cingular Wireless).
 # Outages: 'its first sales day was marred by ... sluggish phone activations' and 'Systems which enable the iPhones
 # for service had difficulty due to network failures and insufficient capacity to meet the demand for first-day
 # sales, particularly in the United States at Apple and AT&T stores, and in Canada' → one outage: provider Apple
 # (the phone's maker, whose activations the text tells; a doubtful point: the text does not say whose systems
 # they were, and a reader may name AT&T, in whose stores they also failed), affected [3G iPhone], date 2008-07-11
 # ('on Friday', the first sales day), start/end/duration null, location 'United States' (the text's 'particularly';
 # Canada also named), cause 'network failures and insufficient capacity' (as told). The 'minimal supplies' →
 # nothing (stock, no service lost).
 # Dates (published Saturday 12 July 2008): 'Friday' → 2008-07-11; 'until now' → skipped.
 roles=[],
 relations=[L(IP, "provider", "Apple")],
 outages=[O("Apple", "2008-07-11", [IP], loc="United States", cause="network failures and insufficient capacity")],
 dates=[D("Friday", "2008-07-11")])

NR, VT = "Network Rail", "Virgin Trains"
A["wn-uk-rail-regulator-launches-investigation-into-2007"] = dict(
 entities=[E("Company", NR, "NR"), E("Location", "West Coast Main Line"), E("Location", "Rugby"),
           E("Company", VT, "Virgin"), E("Company", "London Midland"), E("Company", "First ScotRail"),
           E("Person", "Chris Gibb"), E("Organization", "Office of Rail Regulation", "ORR")],
 # 'Network Rail, who are responsible for the British railway infrastructure' (then 'Network Rail (NR)', 'NR
 # bullying', 'A spokesman for Network Rail', 'the company') → Company with alias NR (as the corpus types Network
 # Rail). 'the West Coast Main Line' → Location (a named line, as the Bedfordshire train-fire gold types it); Rugby
 # → Location. 'services operated by Virgin Trains, London Midland and First ScotRail' → Company each; 'Virgin' ('the
 # complaint from Virgin', 'Virgin were told') → alias of Virgin Trains. 'Chris Gibb, the Managing Director of Virgin
 # Trains' → Person. 'the Office of Rail Regulation' (then 'the ORR') → Organization with alias ORR. 'British' →
 # nothing (an adjective); 'Rail companies', 'train operators', 'passengers' → nothing.
 # Roles: 'Chris Gibb, the Managing Director of Virgin Trains' → director at Virgin Trains (managing director →
 # director). 'A spokesman for Network Rail' → no role (unnamed).
 # Relations: none (Network Rail's infrastructure carrying the operators' services, and the regulator's ruling,
 # give no partnership, ownership or product).
 # Outages: none. A near-miss: 'no services will be able to pass through Rugby on December 31' for 'ongoing
 # engineering work' that 'was falling behind', announced ahead ('We were first warned ... on 6 December'), the
 # services of Virgin Trains, London Midland and First ScotRail affected — a planned engineering closure, no system
 # failure (as batch 11e's Hansard statements and the Christmas 2015 rail-disruption statement recorded engineering
 # overruns as near-misses; a doubtful point: a reader may take the infrastructure operator's closure as a planned
 # shutoff of a utility-like service, an outage with provider Network Rail on 2007-12-31 at Rugby).
 # Dates (published Saturday 29 December 2007): 'December 31' → 2007-12-31; '6 December' → 2007-12-06; 'the next
 # year' ('Work will be ongoing for most of the next year') → 2008; 'the Christmas period' → 2007-12 (as 'the new
 # year period' is given its month in the corpus; a doubtful point); 'the beginning of December' → 2007-12; 'the
 # beginning of the month' → 2007-12 (Virgin told then; another text, its own item); 'December 2008' → 2008-12.
 # '12 weeks notice', 'an hour or more' → nothing (durations).
 roles=[R("Chris Gibb", "director", VT)],
 relations=[],
 outages=[],
 dates=[D("December 31", "2007-12-31"), D("6 December", "2007-12-06"), D("the next year", "2008"),
        D("the Christmas period", "2007-12"), D("the beginning of December", "2007-12"),
        D("the beginning of the month", "2007-12"), D("December 2008", "2008-12")])

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
