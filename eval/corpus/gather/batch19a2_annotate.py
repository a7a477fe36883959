#!/usr/bin/env python3
"""Batch 19a part 2 gold annotations (the 2 texts of batch19a2.py), written from each text alone before newskg was run
on them. Split rule fixed before annotation: the 2 ids sorted, then dealt along test, train (the batch's own cycle).
usage: batch19a2_annotate.py POOL_DIR eval/corpus"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R, locs
import batch10_annotate as b10
IDS = sorted(["oireachtas-dail-esb-acquisition-northern-ireland-electricity-2010",
              "oireachtas-dail-shannon-group-subsidiaries-kerry-technology-park-2014"])
A = {}
A["oireachtas-dail-esb-acquisition-northern-ireland-electricity-2010"] = dict(
 entities=[E("Company", "Northern Ireland Electricity", "NIE", "NIE Group"), E("Company", "ESB", "ESB Group"),
           E("Organization", "Department of Finance")],
 roles=[],
 # consents given in July to 'the acquisition of Northern Ireland Electricity'; 'ESB will pay ... subject to certain
 # adjustments when the transaction is complete': agreed, not yet completed → acquired only
 relations=[L("ESB", "acquired", "Northern Ireland Electricity")],
 outages=[],
 dates=[D("July last", "2010-07"), D("31 March 2010", "2010-03-31")])  # 'its last financial year' skipped
A["oireachtas-dail-shannon-group-subsidiaries-kerry-technology-park-2014"] = dict(
 # 'a restructured Shannon Development, which was renamed Shannon Commercial Enterprises': one company, the former
 # name an alias; airports and the technology park are places (Location)
 entities=[E("Person", "Spring"), E("Company", "Shannon Group plc", "Shannon Group"), E("Location", "Kerry Technology Park"),
           E("Company", "Shannon Commercial Enterprises", "Shannon Development"), E("Location", "Shannon Airport"),
           E("Company", "Dublin Airport Authority", "DAA"), E("Company", "Shannon Airport Authority"),
           E("Location", "Shannon")],
 roles=[],  # a deputy: no role
 relations=[L("Shannon Commercial Enterprises", "parentOrganization", "Shannon Group plc"),
            L("Shannon Airport Authority", "parentOrganization", "Shannon Group plc")],
 outages=[],
 dates=[D("today", "2014-10-08"), D("November 2012", "2012-11")])  # 'Act 2014' a law's year
if __name__ == "__main__":
    assert sorted(A) == IDS, set(IDS) ^ set(A)
    b10.IDS, b10.A = IDS, A
    b10.write_splits(sys.argv[1], sys.argv[2])
