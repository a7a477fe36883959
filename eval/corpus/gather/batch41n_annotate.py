#!/usr/bin/env python3
"""Batch 41n gold annotations (the text of batch41n.py: the SEC's administrative-proceeding summary of 9 May 2019 on
Telefonica Brasil S.A., a Brazilian telecommunications company, charged with violating the FCPA's books and records
and internal accounting controls provisions over a hospitality program at the 2014 World Cup and the 2013
Confederations Cup), written from the text alone; newskg was not run on it.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's
write_parts). Dates resolve against `published`.
Conventions (batches 18a, 40zm, 40zn, 41b, 41e, 41j and 41m for SEC releases): the SEC -> Organization ('SEC'
alias); the charged company -> Company, its short name an alias; events (the 2014 World Cup, the 2013 Confederations
Cup) -> no entity, the year inside an event's name kept as a date (batches 30d/31e's '2014 FIFA World Cup'); years
inside the names of laws ('Securities Exchange Act of 1934') -> no date item (41e, 41m); a nationality adjective
('a Brazilian telecommunications company') -> no Location.
usage: batch41n_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather42n/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E
import batch10_annotate as b10

A = {}

# ---- Telefonica Brasil S.A., World Cup hospitality programme, published 2019-05-09 (a Thursday) ----------------------
A["us-sec-telefonica-brasil-world-cup-hospitality-fcpa-2019"] = dict(
 # The SEC (written out once; 'SEC' alone in 'the SEC's order' three times, 'The SEC alleged', 'the SEC considered');
 # Telefonica Brasil S.A. (written out once; 'Telefonica' alone and in 'Telefonica's' throughout). Not annotated:
 # 'Foreign Corrupt Practices Act (FCPA)', 'Securities Exchange Act of 1934' (laws), the 2014 World Cup and the 2013
 # Confederations Cup (events), 'Brazilian' (an adjective; no Brazil named), the government officials (unnamed)
 entities=[E("Organization", "Securities and Exchange Commission", "SEC"),
           E("Company", "Telef\u00f4nica Brasil S.A.", "Telef\u00f4nica")],
 # no person is named
 roles=[],
 # no parent, subsidiary, acquisition, service or partner is named in the text (Telefonica S.A., the parent, is named
 # only in third-party accounts, not here)
 relations=[],
 outages=[],
 # 'May 9, 2019' (the date opening the text, = published); 'today' (= published); '2014' in 'the 2014 World Cup',
 # '2013' in '2013 Confederations Cup' (the events' years, as batches 30d/31e kept the year in '2014 FIFA World Cup';
 # doubtful: a reader may leave years inside event names out). Skipped: '1934' inside the Act's name
 dates=[D("May 9, 2019", "2019-05-09"), D("today", "2019-05-09"), D("2014", "2014"), D("2013", "2013")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
