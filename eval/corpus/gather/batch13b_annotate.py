#!/usr/bin/env python3
"""Batch 13b gold annotations (the 8 page-store outage texts of batch13b.py), written from each text alone before newskg
was run on any batch-13 file. Split rule fixed before annotation: the 8 ids sorted, then dealt along test, train, dev,
train (their own cycle, as every sub-batch since 8b).
usage: batch13b_annotate.py POOL_DIR eval/corpus"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R
import batch10_annotate as b10

IDS = sorted("""wn-wikipedia-sister-projects-back-online-server-failure-2010 hansard-lords-amazon-web-services-outage-2025
crs-change-healthcare-cyberattack-response-considerations-2024 fcc-att-911-outage-four-states-settlement-2024
fcc-settles-911-rule-investigation-charter-2024 acma-statement-optus-outage acma-updated-statement-optus-outage
acma-action-telco-consumer-protections-april-june-2025""".split())
ACMA = E("Organization", "Australian Communications and Media Authority", "ACMA")
A = {}
A["wn-wikipedia-sister-projects-back-online-server-failure-2010"] = dict(
 entities=[E("Service", "Wikipedia"), E("Service", "Wikinews"), E("Location", "Amsterdam"), E("Person", "Mark Bergsma"),
           E("Organization", "Wikimedia Foundation"), E("Location", "Florida"), E("Service", "Twitter")],
 roles=[],
 relations=[L("Wikipedia", "provider", "Wikimedia Foundation"), L("Wikinews", "provider", "Wikimedia Foundation")],
 # the day of the outage is not stated (the dateline is the next day's): month only; '1:00 p.m. to 4:00 p.m.' and
 # '18:00 UTC to 22:00 UTC' disagree by an hour, so no duration
 outages=[O("Wikimedia Foundation", "2010-03", ["Wikipedia", "Wikinews"], loc="Amsterdam", cause="overheating at the central data center")],
 dates=[])
A["hansard-lords-amazon-web-services-outage-2025"] = dict(
 entities=[E("Company", "Amazon Web Services", "AWS"), E("Organization", "National Preparedness Commission"),
           E("Organization", "Department for Science, Innovation and Technology", "DSIT"), E("Location", "UK")],
 roles=[],  # the speakers are not named in the text
 relations=[],
 outages=[O("Amazon Web Services", "2025-10-20", [], cause="an issue with its configuration of the domain name system")],
 dates=[D("yesterday", "2025-10-20"), D("yesterday evening", "2025-10-20")])
A["crs-change-healthcare-cyberattack-response-considerations-2024"] = dict(
 entities=[E("Company", "UnitedHealth Group Incorporated"), E("Company", "Change Healthcare"),
           E("Organization", "BlackCat/ALPHV", "BlackCat", "BlackCat/ALPHV/Noberus"), E("Location", "Russia"),
           E("Organization", "Department of Justice", "DOJ"), E("Organization", "Federal Bureau of Investigation", "FBI"),
           E("Organization", "Cybersecurity and Infrastructure Security Agency", "CISA"), E("Location", "United States")],
 roles=[],
 relations=[L("Change Healthcare", "parentOrganization", "UnitedHealth Group Incorporated")],  # 'one of its companies' units'
 outages=[O("Change Healthcare", "2024-02-21", [], cause="ransomware attack")],  # systems taken offline; the day disclosed
 dates=[D("February 21, 2024", "2024-02-21"), D("December 2023", "2023-12")])
A["fcc-att-911-outage-four-states-settlement-2024"] = dict(
 entities=[E("Organization", "Federal Communications Commission", "FCC", "Commission"), E("Company", "AT&T"),
           E("Organization", "Enforcement Bureau"), E("Service", "911"), E("Location", "Illinois"), E("Location", "Kansas"),
           E("Location", "Texas"), E("Location", "Wisconsin"), E("Organization", "Congress")],
 roles=[],
 relations=[L("Enforcement Bureau", "parentOrganization", "Federal Communications Commission")],
 outages=[O("AT&T", "2023-08-22", ["911"], dur=1.23, loc="Illinois, Kansas, Texas, and Wisconsin",
            cause="a contractor's technician inadvertently disabled a portion of the network")],
 dates=[D("Monday", "2024-08-26"), D("August 22, 2023", "2023-08-22")])
A["fcc-settles-911-rule-investigation-charter-2024"] = dict(
 entities=[E("Organization", "Federal Communications Commission", "FCC"), E("Company", "Charter Communications", "Charter"),
           E("Service", "911"), E("Service", "Network Outage Reporting System")],
 roles=[], relations=[],
 # three unplanned outages with dates; the 'hundreds of planned maintenance outages' are no dated events
 outages=[O("Charter Communications", "2023-02-19", []), O("Charter Communications", "2023-03-31", []),
          O("Charter Communications", "2023-04-26", [])],
 dates=[D("February 19, 2023", "2023-02-19"), D("March 31", "2023-03-31"), D("April 26, 2023", "2023-04-26")])
A["acma-statement-optus-outage"] = dict(
 entities=[E("Company", "Optus"), E("Service", "Triple Zero"), ACMA, E("Company", "Telstra"), E("Service", "National Relay Service")],
 roles=[], relations=[],
 outages=[O("Optus", None, ["Triple Zero"])],  # no date in the text, published unknown
 dates=[])
A["acma-updated-statement-optus-outage"] = dict(
 entities=[ACMA, E("Company", "Optus"), E("Service", "Triple Zero"), E("Company", "Telstra")],
 roles=[], relations=[],
 outages=[O("Optus", None, ["Triple Zero"])],  # 'yesterday' cannot be resolved: published unknown
 dates=[])
A["acma-action-telco-consumer-protections-april-june-2025"] = dict(
 entities=[E("Service", "Triple Zero"), E("Company", "Telstra"), E("Organization", "ACMA"), E("Company", "Opticomm"), E("Company", "Starlink")],
 roles=[], relations=[],
 # 'for more than 12 hours' is a lower bound: no duration; the relay service is not named: affected empty
 outages=[O("Telstra", None, [], cause="mistakenly disabled the connection to the emergency call relay service")],
 dates=[])  # '2025–26' is a financial year: skipped

if __name__ == "__main__":
    b10.IDS, b10.A = IDS, A
    b10.write_splits(sys.argv[1], sys.argv[2])
