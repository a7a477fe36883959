#!/usr/bin/env python3
"""Batch 15f, part 2 gold annotations (the 4 texts of batch15f2.py), written from each text alone before newskg was run
on any of them. Split rule fixed before annotation: the 4 ids sorted, then dealt along test, train, dev, train (part 2's
own cycle: part 1's splits were fixed, and checked with newskg, before these texts were gathered).
usage: batch15f2_annotate.py POOL_DIR eval/corpus"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L
import batch10_annotate as b10

IDS = sorted("""oireachtas-seanad-b-and-i-line-bill-sale-to-irish-continental-group-1991
oireachtas-dail-priority-question-acc-bank-sale-tsb-irish-life-permanent-2001 oireachtas-dail-motion-sale-of-icc-bank-bank-of-scotland-offer-2000
oireachtas-dail-priority-question-icc-bank-withdrawn-from-sale-1999""".split())
A = {}
A["oireachtas-dail-motion-sale-of-icc-bank-bank-of-scotland-offer-2000"] = dict(
 entities=[E("Organization", "Dáil Éireann"), E("Company", "Governor and Company of the Bank of Scotland", "Bank of Scotland"),
           E("Company", "ICC Bank plc", "ICC Bank", "ICC")],
 roles=[],  # the Minister is not named
 relations=[],  # near-miss: an announced intention to make an offer; the disposal is approved 'subject to the terms of the offer'
 outages=[],
 dates=[D("16 January 2001", "2001-01-16"), D("1933", "1933")])  # 'Irish Take-over Panel Rules': rules, not an organisation named
A["oireachtas-dail-priority-question-acc-bank-sale-tsb-irish-life-permanent-2001"] = dict(
 entities=[E("Person", "McGrath"), E("Company", "ACC Bank", "ACC"), E("Company", "TSB Bank", "TSB"), E("Company", "Irish Life and Permanent plc"),
           E("Company", "NCB Corporate Finance"), E("Company", "Matherson, Ormsby, Prentice"), E("Company", "A and L Goodbody")],
 roles=[],
 relations=[L("Irish Life and Permanent plc", "acquired", "TSB Bank"), L("TSB Bank", "parentOrganization", "Irish Life and Permanent plc"),
            # 'resulted in its sale earlier this year to Irish Life and Permanent plc' (completed); the ACC/TSB merger was abandoned
            L("ACC Bank", "partner", "NCB Corporate Finance"), L("ACC Bank", "partner", "Matherson, Ormsby, Prentice")],
            # 'the board of ACC Bank and its advisers'; A and L Goodbody advises the Minister (not an organisation): nothing
 outages=[],
 dates=[D("January 2000", "2000-01"), D("earlier this year", "2001"), D("31 January this year", "2001-01-31"), D("15 June", "2001-06-15")])
A["oireachtas-dail-priority-question-icc-bank-withdrawn-from-sale-1999"] = dict(
 entities=[E("Person", "Noonan"), E("Company", "ICC Bank plc", "ICC Bank", "ICC"), E("Company", "ABN-AMRO"), E("Company", "McCann FitzGerald"),
           E("Company", "National Australia Bank"), E("Company", "Irish Intercontinental Bank"), E("Company", "Bank of Ireland")],
 roles=[],
 relations=[],  # near-miss: bidders withdrew, the one bid was too low; the advisers advise the Minister (not an organisation)
 outages=[],
 dates=[D("27 July 1998", "1998-07-27"), D("February of this year", "1999-02"), D("19 October 1999", "1999-10-19")])
A["oireachtas-seanad-b-and-i-line-bill-sale-to-irish-continental-group-1991"] = dict(
 entities=[E("Company", "B & I Line plc", "B & I"), E("Company", "Irish Continental Group plc", "ICG")],
 roles=[],  # the Minister is not named
 relations=[L("Irish Continental Group plc", "acquired", "B & I Line plc")],  # agreed terms; the transaction awaits its conditions
 outages=[],
 dates=[D("March last year", "1990-03")])

if __name__ == "__main__":
    assert sorted(A) == IDS, set(IDS) ^ set(A)
    b10.IDS, b10.A = IDS, A
    b10.write_splits(sys.argv[1], sys.argv[2])
