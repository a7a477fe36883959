#!/usr/bin/env python3
"""Batch 41s gold annotations (the texts of batch41s.py), written from the texts alone; newskg was run on none.
Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev (batch10_annotate.write_parts,
one part; the cycle test, train, dev, train): ofgem-decision-good-energy-limited-pays-2-million-overcharging-customers-2023 -> test,
ofgem-decision-ovo-energy-limited-pays-2-million-energy-price-guarantee-overcharging-2023 -> train,
ofgem-press-release-scottishpower-pays-18m-customer-service-failings-2016 -> dev,
ofgem-press-release-ssepd-pays-750000-late-connection-offers-2014 -> train. `published` null, null, 2016-04-26,
2014-05-30 (with `published` null only absolute dates are listed).
Conventions (GUIDELINES.md part 2; the Ofgem texts of batches 16f, 18a2, 27c, 39n, 41g and 41i): Ofgem an
Organization; suppliers and network companies -> Company; a charitable trust -> Organization; 'Ofgem chief executive'
-> ceo at Ofgem (as batch 41g). Schemes, registers, licence conditions and price controls ('Energy Price Guarantee',
'Priority Services Register', 'Standard Licence Condition 5', 'RIIO-ED1') are not entities (programmes, rules). No
outage in any text: overcharging, customer service failings after an IT change (a near-miss), late connection offers.
usage: batch41s_annotate.py POOL_DIR OUT_ROOT   (e.g. /tmp/gather42s/pool /tmp/gather42s/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, R
import batch10_annotate as b10

A = {}

# ---- Good Energy Limited to pay £2,000,000 (published null; May 2023) -----------------------------------------------
A["ofgem-decision-good-energy-limited-pays-2-million-overcharging-customers-2023"] = dict(
 # 'Good Energy Limited' -> Company; 'Ofgem' / 'Ofgem’s' -> Organization. Left out: 'the price cap', 'Energy Price
 # Guarantee' (government schemes), 'Standard Licence Condition 5' / 'SLC 5' (a rule), 'Tariff and Customer Account
 # Request for Information (RFI)' (a data request), 'Ofgem’s voluntary redress fund' (unnamed fund), 'the supplier'
 # (generic)
 entities=[E("Company", "Good Energy Limited"), E("Organization", "Ofgem")],
 roles=[],
 relations=[],
 # No outage: customers overcharged and information misreported; no service lost
 outages=[],
 # 'October 2022' -> 2022-10; 'January 2019' -> 2019-01; 'January 2023' -> 2023-01 (all absolute; `published` null)
 dates=[D("October 2022", "2022-10"), D("January 2019", "2019-01"), D("January 2023", "2023-01")])

# ---- OVO Energy Limited to pay £2,000,000 (published null; May 2023) ------------------------------------------------
A["ofgem-decision-ovo-energy-limited-pays-2-million-energy-price-guarantee-overcharging-2023"] = dict(
 # 'OVO Energy Limited' -> Company; 'Ofgem' -> Organization. Left out: 'Energy Price Guarantee' (a scheme), 'Priority
 # Services Register (PSR)' (a register), 'Ofgem’s voluntary consumer redress fund' (unnamed), 'Suppliers' (generic)
 entities=[E("Company", "OVO Energy Limited"), E("Organization", "Ofgem")],
 roles=[],
 relations=[],
 # No outage: a discount not applied to tariffs ('operational errors with the implementation of the Energy Price
 # Guarantee discount') - a billing error, not a service lost
 outages=[],
 # 'November 2022' -> 2022-11; 'December 2022' -> 2022-12; 'March 2023' (twice) -> 2023-03; 'October 2022' ->
 # 2022-10 (all absolute; `published` null)
 dates=[D("November 2022", "2022-11"), D("December 2022", "2022-12"), D("March 2023", "2023-03"),
        D("October 2022", "2022-10")])

# ---- ScottishPower to pay £18m (published 2016-04-26) -----------------------------------------------------------------
A["ofgem-press-release-scottishpower-pays-18m-customer-service-failings-2016"] = dict(
 # 'ScottishPower' / 'ScottishPower’s' and 'Scottish Power' (the same supplier, both spellings in the text) ->
 # Company; 'Ofgem' -> Organization; 'Dermot Nolan' -> Person. Left out: 'Ombudsman' (in 'Ombudsman rulings',
 # 'Ombudsman cases'; the office is not named in full - doubtful), 'a new IT system' (unnamed), 'charity' (unnamed)
 entities=[E("Company", "ScottishPower", "Scottish Power"), E("Organization", "Ofgem"),
           E("Person", "Dermot Nolan")],
 # 'Dermot Nolan, Ofgem chief executive' -> ceo at Ofgem
 roles=[R("Dermot Nolan", "ceo", "Ofgem")],
 relations=[],
 # Near-miss, no outage: the new IT system's issues are told as complaints, long call waiting times, unimplemented
 # Ombudsman rulings and over 300,000 late final bills; no service stopped, no day
 outages=[],
 # No date expression ('28 days', '75%' are not dates; 'Since Ofgem opened the investigation' has no calendar value)
 dates=[])

# ---- SSEPD pays £750,000 (published 2014-05-30) -----------------------------------------------------------------------
A["ofgem-press-release-ssepd-pays-750000-late-connection-offers-2014"] = dict(
 # 'Scottish and Southern Energy Power Distribution (SSEPD)' -> Company, alias 'SSEPD'; 'Ofgem' -> Organization;
 # 'Scottish Hydro Electric Community Trust' (a trust that assists customers with connection costs) -> Organization.
 # Left out: 'a community trust' (generic back-reference), 'electricity distribution companies' (generic),
 # 'RIIO-ED1' (a price control, not an entity)
 entities=[E("Company", "Scottish and Southern Energy Power Distribution", "SSEPD"), E("Organization", "Ofgem"),
           E("Organization", "Scottish Hydro Electric Community Trust")],
 roles=[],
 # No relation: the £750,000 is a payment to the trust, not a partnership; no owner is named
 relations=[],
 # No outage: connection offers made late to 200 customers; no supply lost
 outages=[],
 # 'August 2010' -> 2010-08; 'September 2013' -> 2013-09; '2011' (twice: 'in 2011', 'the 2011 breach') -> 2011;
 # 'Today' (in 'Today’s higher payment') -> 2014-05-30
 dates=[D("August 2010", "2010-08"), D("September 2013", "2013-09"), D("2011", "2011"),
        D("Today", "2014-05-30")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
