#!/usr/bin/env python3
"""Batch 39n gold annotations (the texts of batch39n.py: Northern Electric's memorandum on its storm outage in the
Northumberland area, and Ofgem's release on three gas distribution operators' missed callout targets), written from
each text alone; newskg was not run on either. Split rule fixed before annotation: the batch's sorted ids dealt along
test, train, dev, train (batch10_annotate.write_parts). Funds and targets are not entities (like schemes); a storm is
an event, not an entity.
usage: batch39n_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather40n/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import E, O, R
import batch10_annotate as b10

A = {}
A["uk-parliament-ni-affairs-committee-memorandum-northern-electric-storm-1999"] = dict(
 # Northern Electric plc -> Company (alias 'Northern': 'Northern suffered damage', the company's short name - the
 # body's only name for it); Northumberland, Northern Ireland -> Location. No person, no role.
 entities=[E("Company", "Northern Electric plc", "Northern"), E("Location", "Northumberland"),
           E("Location", "Northern Ireland")],
 roles=[],
 relations=[],
 # 'The number of customers who lost supply as a direct result of system damage due to the weather conditions was
 # 120,000 ... our distribution systems ... Northern suffered damage primarily in the Northumberland area' ->
 # provider Northern Electric plc (its distribution systems were damaged), date null (the storm is not dated in
 # the text; published 23 March 1999 gives no anchor for 'this storm' - doubtful: a reader who knows the inquiry
 # would put 26 December 1998), start/end/duration null ('24 hours off supply' and '12 hours' are compensation
 # terms, not the outage's length), affected [] (unnamed customers), location Northumberland ('primarily'), cause
 # 'storm damage to the network'. Northern Ireland's damage is named only in comparison: no outage told apart
 # (no operator, no count) - not an event.
 outages=[O("Northern Electric plc", None, [], loc="Northumberland", cause="storm damage to the network")],
 # no time expression resolvable to a calendar value ('24 hours', '12 hours', 'a prolonged period' are spans)
 dates=[])

A["ofgem-press-release-gas-distribution-operators-callout-targets-redress"] = dict(
 # Cadent Gas Limited, Scotland Gas Networks Plc (alias SGN Scotland), Southern Gas Networks Plc (alias SGN
 # Southern) -> Company; Ofgem -> Organization; Cathryn Scott -> Person. Not annotated: Ofgem's Energy Redress Fund /
 # Energy Industry Voluntary Redress Fund (EIVRF) (a fund, like a scheme - doubtful), 'gas distribution network
 # operators (GDNs)' (generic).
 entities=[E("Company", "Cadent Gas Limited"), E("Company", "Scotland Gas Networks Plc", "SGN Scotland"),
           E("Company", "Southern Gas Networks Plc", "SGN Southern"), E("Organization", "Ofgem"),
           E("Person", "Cathryn Scott")],
 # 'Cathryn Scott, Director of Market Oversight and Enforcement at Ofgem' -> director at Ofgem (GUIDELINES:
 # executive/managing director -> director; a directorate head - doubtful, a reader may put head), current.
 roles=[R("Cathryn Scott", "director", "Ofgem")],
 # none: 'SGN' in the two short names hints at a common group, but no parent is named or stated (doubtful)
 relations=[],
 # near-miss: missed targets for attending reported gas leaks in 2022-2023; no supply lost, no service down
 # (GUIDELINES: a response-time breach is no outage)
 outages=[],
 # published null: only absolute expressions; 'between 2022-2023' is a span (left out, as batch 38c left
 # '(2020-2025)'), 'the two years since the breach' a span
 dates=[])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
