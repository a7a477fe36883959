#!/usr/bin/env python3
"""Batch 46o gold annotations (the texts of batch46o.py: the three Bureaus' Memorandum Opinion and Order DA 12-113 of
31 January 2012 granting the transfer of control of Insight Communications Company, Inc. to Time Warner Cable Inc.;
the public notice DA 13-1088 of 14 May 2013 granting the transfer of control of Bresnan Broadband Holdings, LLC to
Charter Communications, Inc. from Cablevision Systems Corporation), written from the texts alone; newskg was not run on
them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts).
Dates resolve against `published`.
Conventions (batches 15f, 43n-46l of the lane; GUIDELINES section 2): a transfer of control of a named company to a
named buyer that a Bureau has granted, completion not told -> `acquired` only (44g, 46l); the transfer of control of a
named company 'from' a named holder -> parentOrganization(company, holder) (43t, 44k, 44o); a purchase told as done
('In 2010, Cablevision purchased Bresnan') -> acquired; an unnamed 'subsidiary of Charter' as the buyer -> the link
goes to the named parent, **doubtful**; licence transfers -> nothing (asset deals, 46f, 46h); a short name in
parentheses -> alias; the upper-case heading's and the caption's forms of the same names not listed; 'Commission' (the
FCC not named in full in the kept text) -> Organization; a Bureau -> Organization, no parentOrganization to the
Commission (45h, 45m, 46l); 'Chief' with no person named -> no role; states and countries named on their own ->
Location; laws, sections, dockets, collective defined terms ('Applicants', 'Act') and kinds of service ('bundled video,
voice, and broadband Internet services') not annotated.
usage: batch46o_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather47o/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, locs
import batch10_annotate as b10

A = {}
CM = "Commission"

# ---- Insight Communications -> Time Warner Cable, order DA 12-113, published 2012-01-31 ------------------------------
TWC = "Time Warner Cable Inc."
INS = "Insight Communications Company, Inc."
A["us-fcc-time-warner-cable-insight-communications-transfer-of-control-order-2012"] = dict(
 # Companies: Time Warner Cable Inc. ('(TWC)', 'TWC' an alias), Insight Communications Company, Inc. ('(Insight)');
 # the caption's forms the same names. Organizations: 'the Commission’s rules' -> Commission; the by-line's Wireline
 # Competition Bureau, International Bureau and Wireless Telecommunications Bureau (as 46l's 'By the Chief, Media
 # Bureau'). 'Chief' (three times, no person named) -> no role. No Location, no Person. Not annotated: 'Applicants',
 # 'Act' (labels), 'Communications Act of 1934' (a law's name, not a date), sections 214, 310(d), 652(b), 'a cable
 # operator', 'a local exchange carrier' (kinds)
 entities=[E("Company", TWC, "TWC"), E("Company", INS, "Insight"), E("Organization", CM),
           E("Organization", "Wireline Competition Bureau"), E("Organization", "International Bureau"),
           E("Organization", "Wireless Telecommunications Bureau")],
 roles=[],
 # 'to transfer control of Insight from its current shareholders to TWC' ... 'hereby grant the applications': granted,
 # completion not told -> acquired(TWC, Insight) (44g, 46l's ION). Near-misses: 'its current shareholders' (unnamed
 # holders: no parentOrganization); the section 652(b) waiver (a cable operator's 'affiliate' obtaining interests in a
 # local exchange carrier: no named carrier); 'the Applicants primarily serve separate geographic areas, with very
 # limited overlaps' (no relation, no place named)
 relations=[L(TWC, "acquired", INS)],
 outages=[],
 # 'January 31, 2012' twice (adopted and released): one item (GUIDELINES, Dates)
 dates=[D("January 31, 2012", "2012-01-31")])

# ---- Bresnan Broadband Holdings -> Charter, from Cablevision, public notice DA 13-1088, published 2013-05-14 ----------
CH = "Charter Communications, Inc."
CV = "Cablevision Systems Corporation"
BR = "Bresnan Broadband Holdings, LLC"
A["us-fcc-bresnan-broadband-charter-communications-cablevision-transfer-of-control-granted-public-notice-2013"] = dict(
 # Companies: Charter Communications, Inc. ('(“Charter”)'), Cablevision Systems Corporation ('(“Cablevision”)'),
 # Bresnan Broadband Holdings, LLC ('(“Bresnan”)'); the heading's upper-case forms the same names. Organization:
 # 'the Commission' (twice). Locations: 'the United States', and the states named on their own: New York, New Jersey,
 # Connecticut ('the tri-state area of ...'), Colorado, Montana, Utah, Wyoming. Not annotated: 'their respective
 # subsidiaries', 'a subsidiary of Charter', 'its subsidiaries and affiliates' (unnamed), 'Applicants', 'Act', 'MB
 # Docket No. 13-77', '25 states' (no state named), 'bundled video, voice, and broadband Internet services' (kinds of
 # service, no named Service)
 entities=[E("Company", CH, "Charter"), E("Company", CV, "Cablevision"), E("Company", BR, "Bresnan"),
           E("Organization", CM)]
          + locs("United States", "New York", "New Jersey", "Connecticut", "Colorado", "Montana", "Utah", "Wyoming"),
 roles=[],
 # - acquired(Charter, Bresnan): the heading's 'TRANSFER OF CONTROL OF BRESNAN ... TO CHARTER', granted; the body's
 #   'a subsidiary of Charter will acquire control of Bresnan': **doubtful** -- the buyer is an unnamed Charter
 #   subsidiary (the link goes to the named parent, as the heading says 'to Charter Communications, Inc.');
 #   completion not told -> acquired only (44g).
 # - acquired(Cablevision, Bresnan): 'In 2010, Cablevision purchased Bresnan and its subsidiaries and affiliates' (a
 #   purchase told as done).
 # - parentOrganization(Bresnan, Cablevision): control passes 'from Cablevision' (43t, 44k) and Cablevision 'provided
 #   ... services ... through Bresnan' -- the holding as the notice tells it before the transfer. **doubtful**: once
 #   the grant is consummated the holder changes; a reader may leave it for the acquired link alone.
 # Near-misses: 'It is also the fourth-largest cable television system in the United States' (a ranking, no
 # relation); Charter and Cablevision as joint applicants (not partners: parties to one deal); the licence transfers
 # (asset steps of the larger transaction)
 relations=[L(CH, "acquired", BR), L(CV, "acquired", BR), L(BR, "parentOrganization", CV)],
 outages=[],
 # 'On February 25 and March 12, 2013': 'February 25' takes the year written after 'March 12' (a careful reader's
 # reading), **doubtful** only in form; 'In 2010' -> '2010'
 dates=[D("May 14, 2013", "2013-05-14"), D("February 25", "2013-02-25"), D("March 12, 2013", "2013-03-12"),
        D("February 27, 2013", "2013-02-27"), D("2010", "2010")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
