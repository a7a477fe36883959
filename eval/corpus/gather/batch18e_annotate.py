#!/usr/bin/env python3
"""Batch 18e gold annotations (the 10 texts of batch18e.py), written from each text alone before newskg was run on any
of them. Split rule fixed before annotation: the 10 ids sorted, then dealt along test, train, dev, train (the batch's
own cycle, as every sub-batch since 8b).
usage: batch18e_annotate.py POOL_DIR eval/corpus"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R, locs
import batch10_annotate as b10
IDS = sorted("""us-ferc-nerc-joint-inquiry-southwest-power-outage-2011
us-ferc-joins-investigation-florida-blackout-2008
us-ferc-norris-statement-outages-texas-southwest-2011
us-fcc-pshsb-verizon-blocked-911-calls-maryland-snowstorm-2011
us-fcc-pai-update-tropical-storm-harvey-cell-sites-2017
us-fcc-rosenworcel-letter-hurricane-ida-wireless-roaming-2021
us-federal-reserve-approval-chemical-financial-tcf-2019
us-federal-reserve-h2-delegated-actions-bank-acquisitions-2025
us-federal-reserve-fedwire-funds-service-expanded-hours-2003
us-sec-white-statement-open-meeting-regulation-sci-2014""".split())
A = {}
A["us-ferc-nerc-joint-inquiry-southwest-power-outage-2011"] = dict(
 entities=[E("Organization", "Federal Energy Regulatory Commission", "FERC"),
           E("Organization", "North American Electric Reliability Corporation", "NERC"),
           E("Organization", "Department of Energy"), E("Organization", "California ISO"),
           E("Organization", "Western Electricity Coordinating Council"),
           E("Person", "Gerry Cauley"), E("Person", "Jon Wellinghoff")]
          + locs("Southern California", "Arizona", "Northern Baja Mexico", "California"),
 # 'Gerry Cauley, president and chief executive officer of NERC' → president and ceo; 'FERC Chairman Jon
 # Wellinghoff' → chairman; the California ISO (a grid operator, not-for-profit) typed Organization
 roles=[R("Gerry Cauley", "president", "North American Electric Reliability Corporation"),
        R("Gerry Cauley", "ceo", "North American Electric Reliability Corporation"),
        R("Jon Wellinghoff", "chairman", "Federal Energy Regulatory Commission")],
 relations=[],  # 'FERC has designated NERC as the organization that ...' is a designation, not a relation type
 # 'the September 8 power outage that left more than 1 million customers in Southern California, parts of Arizona
 # and Northern Baja Mexico without electricity' (2011 against `published`); no operator is said to have failed:
 # provider null; 'the companies involved' are not named; restoration 'As of 2:15 a.m. PDT today' is not an end
 outages=[O(None, "2011-09-08", [], loc="Southern California")],
 dates=[D("today", "2011-09-09"), D("September 8", "2011-09-08"), D("2:15 a.m.", "2011-09-09T02:15")])
A["us-ferc-joins-investigation-florida-blackout-2008"] = dict(
 entities=[E("Organization", "Federal Energy Regulatory Commission", "FERC", "Commission"),
           E("Organization", "North America Electric Reliability Corporation", "NERC"),
           E("Organization", "Florida Reliability Coordinating Council", "FRCC"),
           E("Organization", "Office of Enforcement"), E("Organization", "Office of Electric Reliability"),
           E("Location", "Florida"), E("Person", "Joseph T. Kelliher")],
 roles=[R("Joseph T. Kelliher", "chairman", "Federal Energy Regulatory Commission")],
 # 'the Commission has authorized its Office of Enforcement and Office of Electric Reliability'
 relations=[L("Office of Enforcement", "parentOrganization", "Federal Energy Regulatory Commission"),
            L("Office of Electric Reliability", "parentOrganization", "Federal Energy Regulatory Commission")],
 # 'the Feb. 26, 2008, Florida blackout' that 'affected millions of Florida residents'; the utility whose
 # system failed is not named: provider null; 'One localized event affected multiple transmission lines and
 # generators' is how it spread, not a cause phrase naming what failed first: cause null
 outages=[O(None, "2008-02-26", [], loc="Florida")],
 dates=[D("today", "2008-03-19"), D("Feb. 26, 2008", "2008-02-26")])
A["us-ferc-norris-statement-outages-texas-southwest-2011"] = dict(
 entities=[E("Location", "Houston")],  # the Chairman and the commissioner are not named in the text
 roles=[], relations=[],
 # 'I was in Houston during the time of the outages there and had a small glimpse at the enormous disruption':
 # real outages told as one event, with no operator and no day in the text (the heading's 'Texas and the
 # Southwest' is the title, not the text): provider null, date null, location Houston
 outages=[O(None, None, [], loc="Houston")],
 dates=[D("today", "2011-02-17")])  # 'earlier this week', 'that day' skipped
A["us-fcc-pshsb-verizon-blocked-911-calls-maryland-snowstorm-2011"] = dict(
 entities=[E("Location", "Montgomery County", "Montgomery"), E("Location", "Prince George’s County", "Prince George’s"),
           E("Location", "Maryland", "MD"), E("Company", "Verizon"), E("Service", "911"),
           E("Location", "Washington, D.C."), E("Person", "Jamie Barnett", "Barnett"),
           E("Organization", "FCC", "Commission"),
           E("Organization", "Public Safety and Homeland Security Bureau", "Bureau")],
 # 'Jamie Barnett, Rear Admiral (ret.) and Chief of the FCC's Public Safety and Homeland Security Bureau' → head
 # (a bureau's chief, as batch 18a's 'chief of the ... Market Abuse Unit'); the rank is not a post
 roles=[R("Jamie Barnett", "head", "Public Safety and Homeland Security Bureau")],
 relations=[L("Public Safety and Homeland Security Bureau", "parentOrganization", "FCC")],
 # 'on January 26th all 14 circuits in the Verizon network that properly route all wireless calls in Montgomery
 # County failed and nine of 10 Verizon circuits in Prince George's County failed over a five-hour period': 911
 # calls did not connect → Verizon's outage, affected 911, 5 hours, location Maryland (the two counties' state);
 # the snowstorm is when it happened, the text does not give it as the cause ('what caused the failure' is asked)
 outages=[O("Verizon", "2011-01-26", ["911"], dur=5, loc="Maryland")],
 dates=[D("January 26th", "2011-01-26"), D("January 26, 2011", "2011-01-26"), D("that evening", "2011-01-26")])
 # 'this week' and 'the night in question' skipped
A["us-fcc-pai-update-tropical-storm-harvey-cell-sites-2017"] = dict(
 entities=locs("Aransas", "Calhoun", "Refugio", "Harris County")
          + [E("Organization", "Federal Communications Commission", "FCC")],
 # Harvey is a storm (an event, not an entity); the chairman is not named in the text: no role
 roles=[], relations=[],
 # 'In Aransas, Calhoun, and Refugio Counties, for instance, most wireless cell sites are currently out of
 # operation' after 'the storm ... impacted communications networks': the network operators are not named
 # (provider null); the day the sites went down is not stated, only that they are down in August 2017 ('Today
 # [Aug 28]'): date 2017-08; three counties named, no single location; cause as the text words it
 outages=[O(None, "2017-08", [], cause="storm")],
 dates=[D("Today", "2017-08-28"), D("Aug 28", "2017-08-28")])  # 'To date', 'the hours and days to come' skipped
A["us-fcc-rosenworcel-letter-hurricane-ida-wireless-roaming-2021"] = dict(
 entities=[E("Organization", "Federal Communications Commission", "Commission", "FCC"), E("Location", "United States")],
 # the Wireless Resiliency Cooperative Framework is an agreement (not an entity); Hurricane Ida is an event;
 # the acting chairwoman and the congressman are not named in the kept text
 roles=[], relations=[],
 # 'help restore wireless service in the affected area' and 'ensure that communications are restored': the text
 # tells wireless service lost in the area Hurricane Ida hit; no carrier is said to have failed and no day of the
 # loss is given ('Sunday, August 29' is when the FCC began contacting carriers): provider null, date null
 outages=[O(None, None, [], cause="Hurricane Ida")],
 dates=[D("Sunday, August 29", "2021-08-29")])
A["us-federal-reserve-approval-chemical-financial-tcf-2019"] = dict(
 entities=[E("Organization", "Federal Reserve Board", "Board"), E("Company", "Chemical Financial Corporation"),
           E("Company", "TCF Financial Corporation"), E("Company", "TCF National Bank")]
          + locs("Detroit", "Michigan", "Wayzata", "Minnesota", "Sioux Falls", "South Dakota"),
 roles=[],
 # the Board approved the application 'to acquire TCF Financial Corporation ... and thereby indirectly acquire its
 # subsidiary bank, TCF National Bank': an agreed, approved deal → acquired only (not yet completed);
 # 'its subsidiary bank' → parentOrganization
 relations=[L("Chemical Financial Corporation", "acquired", "TCF Financial Corporation"),
            L("Chemical Financial Corporation", "acquired", "TCF National Bank"),
            L("TCF National Bank", "parentOrganization", "TCF Financial Corporation")],
 outages=[],
 dates=[D("Tuesday", "2019-07-16")])
A["us-federal-reserve-h2-delegated-actions-bank-acquisitions-2025"] = dict(
 entities=[E("Company", "Metropolitan Commercial Bank"), E("Company", "United Community Bank"), E("Company", "CS Bank"),
           E("Company", "Lawrence Bancshares, Inc."), E("Company", "F&M Financial Corporation"),
           E("Company", "F&M Bank"), E("Company", "Volunteer Bank"), E("Company", "SB Financial, Inc."),
           E("Company", "Southern Bank of Tennessee"), E("Company", "Park National Corporation"),
           E("Company", "First Citizens Bancshares, Inc."), E("Company", "First Citizens National Bank", "FCNB"),
           E("Company", "Park National Bank"), E("Company", "Baldwin Bancshares, Inc."),
           E("Company", "The Baldwin State Bank"), E("Company", "Bradford Bancorp, Inc."),
           E("Company", "State Bank of St. Jacob")]
          # the Reserve Bank district labels ('New York', 'Richmond', 'St. Louis', 'Atlanta', 'Cleveland', 'Kansas
          # City') are place names as printed: Locations (New York is also the bank's city)
          + locs("New York", "West Palm Beach", "Florida", "Richmond", "Greenville", "South Carolina", "South Miami",
                 "St. Louis", "Eureka Springs", "Arkansas", "Harrison", "Atlanta", "Nashville", "Tennessee",
                 "Clarksville", "Cleveland", "Newark", "Ohio", "Dyersburg", "Kansas City", "Baldwin City",
                 "Kansas", "Illinois", "St. Jacob")
          + [E("Location", "Mount Juliet", "Mt. Juliet")],
 roles=[],
 # approvals and granted waivers of applications to acquire: agreed deals → acquired only; 'acquire ... F&M
 # Financial Corporation and thereby indirectly acquire F&M Bank' and the same for First Citizens: the bank is
 # the holding company's → parentOrganization; 'merger of F&M Bank with and into Volunteer Bank' and of FCNB into
 # Park National Bank: the acquirers' own banks are implied, not stated → nothing; branch approvals → nothing
 relations=[L("Lawrence Bancshares, Inc.", "acquired", "F&M Financial Corporation"),
            L("Lawrence Bancshares, Inc.", "acquired", "F&M Bank"),
            L("F&M Bank", "parentOrganization", "F&M Financial Corporation"),
            L("SB Financial, Inc.", "acquired", "Southern Bank of Tennessee"),
            L("Park National Corporation", "acquired", "First Citizens Bancshares, Inc."),
            L("Park National Corporation", "acquired", "First Citizens National Bank"),
            L("First Citizens National Bank", "parentOrganization", "First Citizens Bancshares, Inc."),
            L("Baldwin Bancshares, Inc.", "acquired", "The Baldwin State Bank"),
            L("Bradford Bancorp, Inc.", "acquired", "State Bank of St. Jacob")],
 outages=[],
 dates=[D("December 27, 2025", "2025-12-27"), D("December 19, 2025", "2025-12-19"),
        D("December 22, 2025", "2025-12-22"), D("December 26, 2025", "2025-12-26"),
        D("December 23, 2025", "2025-12-23")])
A["us-federal-reserve-fedwire-funds-service-expanded-hours-2003"] = dict(
 entities=[E("Organization", "Federal Reserve Board", "Board"),
           E("Service", "Fedwire Funds Service", "FedwireŽ Funds Service", "Fedwire"),
           E("Organization", "Federal Reserve Banks")]
          + locs("U.S.", "Australia", "Hong Kong", "Japan", "New Zealand"),
 roles=[],
 # 'The Fedwire Funds Service is a ... service, which is provided by the Federal Reserve Banks'
 relations=[L("Fedwire Funds Service", "provider", "Federal Reserve Banks")],
 outages=[],  # near-miss: operating hours, opening and closing times; no failure
 dates=[D("Wednesday", "2003-05-21"), D("the second quarter of 2004", "2004-Q2")])
 # '9:00 p.m.', '12:30 a.m.', '6:30 p.m.' are daily opening and closing times, not times of a day: skipped
A["us-sec-white-statement-open-meeting-regulation-sci-2014"] = dict(
 entities=[E("Organization", "U.S. Securities and Exchange Commission", "Commission"), E("Organization", "FINRA"),
           E("Location", "U.S.")],
 # Regulation SCI and the Government in the Sunshine Act are rules and laws (not entities); the speaker is named
 # only in the byline (left out)
 roles=[], relations=[],
 outages=[],  # near-miss: 'technology-related incidents' counted in general; no incident told
 dates=[D("November 19, 2014", "2014-11-19"), D("today", "2014-11-19")])  # 'Good morning', 'over two decades' skipped
if __name__ == "__main__":
    assert sorted(A) == IDS, set(IDS) ^ set(A)
    b10.IDS, b10.A = IDS, A
    b10.write_splits(sys.argv[1], sys.argv[2])
