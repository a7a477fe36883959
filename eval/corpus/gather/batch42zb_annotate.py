#!/usr/bin/env python3
"""Batch 42zb gold annotations (the texts of batch42zb.py: two ACMA enforcement releases, both outage near-misses -
Lycamobile's customer-data failures for the Integrated Public Numbers Database, 2021; Dodo's data-usage alerts
stopped by IT faults, October-November 2013), written from the text alone; newskg was not run on them. Split rule
fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (batch10_annotate.write_parts).
Codes and laws ('TCP Code') are not entities; Triple Zero's and the IPND's operators are not named (no provider
relation, as the corpus's other ACMA texts).
usage: batch42zb_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather43zb/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, R
import batch10_annotate as b10

ACMA = "Australian Communications and Media Authority"
A = {}

A["acma-lycamobile-pays-600000-penalty-public-safety-failures-2021"] = dict(
 # Lycamobile Pty Ltd -> Company; the ACMA -> Organization; Nerida O'Loughlin -> Person; the Integrated Public Numbers
 # Database (IPND) -> Service (an industry database emergency services use; doubtful: a register rather than a
 # product users use; as batch 17c typed the National Emergency Alert System); Emergency Alert Service and Triple
 # Zero ('Triple Zero (000)') -> Service. 'the 2020 bushfires and COVID crises' are events, not entities.
 entities=[E("Company", "Lycamobile Pty Ltd", "Lycamobile"), E("Organization", ACMA, "ACMA"),
           E("Person", "Nerida O\u2019Loughlin", "O\u2019Loughlin"),
           E("Service", "Integrated Public Numbers Database", "IPND"), E("Service", "Emergency Alert Service"),
           E("Service", "Triple Zero", "000")],
 # 'ACMA Chair Nerida O'Loughlin' -> chairman (GUIDELINES: chair -> chairman; as batches 10 and 18c).
 roles=[R("Nerida O\u2019Loughlin", "chairman", ACMA)],
 # none: the text names no operator of the IPND, the Emergency Alert Service or Triple Zero.
 relations=[],
 # near-miss, no outage: '245,902 instances where Lycamobile did not provide accurate customer information' to the
 # database and '4,207 instances' of ID checks not done are data and compliance failures counted over 'a lengthy
 # period'; no service went down ('could have put people in danger').
 outages=[],
 # published null: absolute expressions only ('2020' in 'the 2020 bushfires', '2019' and '2020' in 'In 2019 and
 # 2020'; the year 2020 listed once, its surface text the same).
 dates=[D("2020", "2020"), D("2019", "2019")])

A["acma-dodo-warned-customer-usage-alerts-2014"] = dict(
 # Dodo Services Pty Ltd -> Company; the ACMA -> Organization; Chris Chapman -> Person ('Mr Chapman' -> alias
 # 'Chapman'). 'Telecommunications Consumer Protections Code (TCP Code)' is a code (as laws: not an entity).
 entities=[E("Company", "Dodo Services Pty Ltd", "Dodo"), E("Organization", ACMA, "ACMA"),
           E("Person", "Chris Chapman", "Chapman")],
 # 'ACMA Chairman, Chris Chapman' -> chairman (as batch 18d's TPG Internet text).
 roles=[R("Chris Chapman", "chairman", ACMA)],
 relations=[],
 # near-miss (doubtful), no outage: 'the information technology faults that had prevented the alerts from being
 # sent' left some 3,300 customers without data-usage alerts in October 2013 and nearly 2,000 in November 2013 - a
 # required notification not sent over two months, the broadband service itself never down; told as a compliance
 # failure, with no start day. A reader could call it an outage of the alert function (Dodo, 2013-10).
 outages=[],
 # published null: absolute expressions only.
 dates=[D("October 2013", "2013-10"), D("November 2013", "2013-11"), D("September 2013", "2013-09")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
