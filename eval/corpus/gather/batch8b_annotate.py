#!/usr/bin/env python3
"""Batch 8b gold annotations (written from each text alone, before running newskg on any of them), and the split
rule fixed before scoring: sort the new ids, then cycle test, train, dev, train."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R, write_splits  # the same record helpers and split rule
A = {
 "fcc-rosenworcel-statement-multistate-911-outage-2014": dict(
  entities=[E("Service", "911"), E("Location", "Washington state", "Washington"), E("Location", "Oso"), E("Organization", "Commission")],
  roles=[], relations=[],
  outages=[O(None, "2014-04-09", ["911"], dur=6, cause="software glitch (coding error)")],
  dates=[D("October 17, 2014", "2014-10-17"), D("April 9 and 10, 2014", "2014-04")]),
 "fcc-pai-remarks-multistate-911-outage-report-2014": dict(
  entities=[E("Service", "911"), E("Organization", "Public Safety and Homeland Security Bureau", "Bureau"), E("Organization", "FCC")],
  roles=[], relations=[],
  outages=[O(None, None, ["911"], dur=6)],
  dates=[]),
 "fcc-centurytel-michigan-service-interruption-waiver-2020": dict(
  entities=[E("Company", "CenturyTel of Michigan, Inc.", "CenturyLink"), E("Organization", "Federal Communications Commission", "Commission"),
            E("Location", "Edenville"), E("Location", "Michigan")],
  roles=[], relations=[],
  outages=[O("CenturyTel of Michigan, Inc.", None, [], loc="Edenville")],
  dates=[D("August 25, 2020", "2020-08-25"), D("October 2, 2020", "2020-10-02")]),
 "fcc-pshsb-derecho-911-outages-public-notice-2012": dict(
  entities=[E("Location", "United States"), E("Location", "Midwest"), E("Service", "9-1-1", "911"), E("Location", "Ohio"), E("Location", "Kentucky"),
            E("Location", "Indiana"), E("Location", "Pennsylvania"), E("Location", "Virginia"), E("Location", "West Virginia"),
            E("Location", "Fairfax County"), E("Location", "Prince William County"), E("Location", "Manassas Park"), E("Location", "Manassas")],
  roles=[], relations=[],
  outages=[O(None, "2012-06-29", ["9-1-1"], loc="northern Virginia", cause="derecho storm and power loss")],
  dates=[D("June 29, 2012", "2012-06-29")]),
}
if __name__ == "__main__":
    write_splits(A, sys.argv[1])  # sys.argv[1]: eval/corpus
