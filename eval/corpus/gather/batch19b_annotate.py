#!/usr/bin/env python3
"""Batch 19b gold annotations (the 12 texts of batch19b.py), written from each text alone before newskg was run on
any of them. Split rule fixed before annotation: the 12 ids sorted, then dealt along test, train, dev, train (the
batch's own cycle, as batch18e_annotate.py and every sub-batch since 8b).
usage: batch19b_annotate.py POOL_DIR eval/corpus"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R, locs
import batch10_annotate as b10
IDS = sorted("""us-occ-conditional-approval-capital-one-discover-bank-2025
us-nasa-six-one-month-options-united-space-alliance-2011
us-nasa-lockheed-martin-mission-operations-fdoc-extension-2011
us-nasa-iss-cargo-mission-contract-lockheed-martin-space-operations-2003
us-dod-contract-lockheed-martin-aeronautics-f35-modification-2017
us-fdic-kitsap-bank-assumes-deposits-westsound-bank-2009
us-irs-additional-day-file-pay-after-system-issues-2018
us-sec-notice-edgar-filers-hurricane-ike-houston-power-outage-2008
us-presidential-order-prohibits-broadcom-takeover-qualcomm-2018
us-occ-final-rule-policy-statement-bank-merger-act-2024
us-doj-antitrust-division-civil-process-changes-covid-19-2020
us-treasury-fiscal-service-notice-check-ach-reclamation-pause-2023""".split())
OCC = E("Organization", "Office of the Comptroller of the Currency", "OCC")
A = {}
A["us-occ-conditional-approval-capital-one-discover-bank-2025"] = dict(
 entities=[OCC, E("Company", "Discover Bank"), E("Company", "Capital One, National Association", "Capital One"),
           E("Organization", "Board of Governors of the Federal Reserve System"), E("Person", "Rodney E. Hood")]
          + locs("Greenwood", "Delaware", "McLean", "Virginia", "U.S."),
 # 'Acting Comptroller of the Currency' leads the agency -> head
 roles=[R("Rodney E. Hood", "head", "Office of the Comptroller of the Currency")],
 # an approved (conditionally) merger of Discover Bank 'into' Capital One, National Association, not yet consummated
 # ('Upon consummation of this transaction') -> agreed deal: acquired only
 relations=[L("Capital One, National Association", "acquired", "Discover Bank")],
 outages=[],
 dates=[D("today", "2025-04-18"), D("March 21, 2024", "2024-03-21"), D("July 19, 2024", "2024-07-19")])
A["us-nasa-six-one-month-options-united-space-alliance-2011"] = dict(
 entities=[E("Organization", "NASA"), E("Company", "United Space Alliance", "USA"),
           E("Location", "International Space Station"), E("Location", "Kennedy Space Center"),
           E("Company", "Barrios Technology"), E("Company", "Bastion Technologies Inc."),
           E("Company", "Lockheed Martin Commercial Space Systems"), E("Company", "Pratt & Whitney Rocketdyne"),
           E("Company", "The Boeing Company")]
          # the space centre and the station are places (as the corpus types Kennedy Space Center and space stations)
          + locs("Houston", "Huntsville", "Ala.", "Fla.", "Huntington Beach", "Calif.", "Cape Canaveral", "Newtown", "Pa.",
                 "Canoga Park"),
 roles=[],
 # the Space Program Operations Contract between NASA and United Space Alliance -> partner; 'Significant
 # subcontractors include ...' -> partner of the prime contractor with each (as batch 15e's sub-contractors)
 relations=[L("NASA", "partner", "United Space Alliance"), L("United Space Alliance", "partner", "Barrios Technology"),
            L("United Space Alliance", "partner", "Bastion Technologies Inc."),
            L("United Space Alliance", "partner", "Lockheed Martin Commercial Space Systems"),
            L("United Space Alliance", "partner", "Pratt & Whitney Rocketdyne"),
            L("United Space Alliance", "partner", "The Boeing Company")],
 outages=[],
 dates=[D("Thursday, March 31", "2011-03-31")])
A["us-nasa-lockheed-martin-mission-operations-fdoc-extension-2011"] = dict(
 entities=[E("Organization", "NASA"), E("Company", "Lockheed Martin Corp.", "Lockheed Martin"),
           E("Organization", "Mission Operations Directorate"), E("Location", "Johnson Space Center", "Johnson"),
           E("Location", "Christopher C. Kraft Jr. Mission Control Center"),
           E("Location", "Jake Garn Mission Simulator and Training Facility"),
           E("Company", "Cimarron Software Services Inc."), E("Company", "United Space Alliance")]
          + locs("Gaithersburg", "Md.", "Houston"),
 roles=[],
 # contract extension awarded by NASA -> partner; subcontractors -> partner with the prime; 'the Mission Operations
 # Directorate at NASA's Johnson Space Center' -> the directorate is NASA's
 relations=[L("NASA", "partner", "Lockheed Martin Corp."), L("Lockheed Martin Corp.", "partner", "Cimarron Software Services Inc."),
            L("Lockheed Martin Corp.", "partner", "United Space Alliance"),
            L("Mission Operations Directorate", "parentOrganization", "NASA")],
 outages=[],
 dates=[D("Jan. 1, 2009", "2009-01-01"), D("Sept. 30, 2012", "2012-09-30"), D("Sept. 30, 2013", "2013-09-30")])
A["us-nasa-iss-cargo-mission-contract-lockheed-martin-space-operations-2003"] = dict(
 entities=[E("Organization", "NASA"), E("Location", "International Space Station", "ISS"),
           E("Company", "Lockheed Martin Space Operations"), E("Service", "H-II Transfer Vehicle"),
           E("Service", "Automated Transfer Vehicle"), E("Location", "Johnson Space Center"),
           E("Location", "Kennedy Space Center"), E("Company", "United Space Alliance"),
           E("Company", "Teledyne Brown Engineering"), E("Company", "Bastion Technologies")]
          # the Japanese and European cargo vehicles are vehicles (Service); their makers are not named
          + locs("Houston", "Florida", "United States", "Huntsville", "Ala."),
 roles=[],
 relations=[L("NASA", "partner", "Lockheed Martin Space Operations"),
            L("Lockheed Martin Space Operations", "partner", "United Space Alliance"),
            L("Lockheed Martin Space Operations", "partner", "Teledyne Brown Engineering"),
            L("Lockheed Martin Space Operations", "partner", "Bastion Technologies")],
 outages=[],
 dates=[])  # 'four years and nine months', 'one-year' are periods
A["us-dod-contract-lockheed-martin-aeronautics-f35-modification-2017"] = dict(
 entities=[E("Company", "Lockheed Martin Corp."), E("Company", "Lockheed Martin Aeronautics Co."), E("Service", "F-35"),
           E("Organization", "Air Force"), E("Organization", "Navy"), E("Organization", "Marine Corps"),
           E("Organization", "Naval Air Systems Command")]
          + locs("Fort Worth", "Texas", "Patuxent River", "Maryland"),
 roles=[],
 # 'Lockheed Martin Corp., Lockheed Martin Aeronautics Co., Fort Worth' (the Pentagon's form: parent, then its
 # company) -> parentOrganization; 'The Naval Air Systems Command ... is the contracting activity' of the award ->
 # partner (client first); the F-35 whose production the work serves is the contractor's aircraft -> provider;
 # the services' funding shares are not contracts of their own
 relations=[L("Lockheed Martin Aeronautics Co.", "parentOrganization", "Lockheed Martin Corp."),
            L("Naval Air Systems Command", "partner", "Lockheed Martin Aeronautics Co."),
            L("F-35", "provider", "Lockheed Martin Corp.")],
 outages=[],
 # `published` null: absolute dates only; 'Fiscal 2016' and 'the current fiscal year' are fiscal years (skipped)
 dates=[D("March 2019", "2019-03")])
A["us-fdic-kitsap-bank-assumes-deposits-westsound-bank-2009"] = dict(
 entities=[E("Company", "Westsound Bank"), E("Organization", "Washington Department of Financial Institutions"),
           E("Organization", "Federal Deposit Insurance Corporation", "FDIC"), E("Company", "Kitsap Bank", "Kitsap")]
          + locs("Bremerton", "Washington", "Port Orchard"),
 roles=[],
 # as batch 10's FDIC release: deposits (and assets) taken from the receiver = asset purchase (nothing); the purchase
 # and assumption agreement with the FDIC = contract -> partner
 relations=[L("Federal Deposit Insurance Corporation", "partner", "Kitsap Bank")],
 outages=[],  # a bank closed by its regulator is a business failure, not an outage
 dates=[D("today", "2009-05-08"), D("Monday", "2009-05-11"), D("March 31, 2009", "2009-03-31")])
A["us-irs-additional-day-file-pay-after-system-issues-2018"] = dict(
 entities=[E("Organization", "Internal Revenue Service", "IRS"), E("Person", "David Kautter"), E("Service", "Free File")],
 roles=[R("David Kautter", "head", "Internal Revenue Service")],  # 'Acting IRS Commissioner' leads the agency
 relations=[],  # Free File's maker is not stated
 # the IRS's own systems failed ('system issues that surfaced early on the April 17 tax deadline', 'the system
 # outage'); the services hit are not named (e-filing through software providers and Free File still worked); no
 # clock time, end or cause stated
 outages=[O("Internal Revenue Service", "2018-04-17", [])],
 dates=[D("today", "2018-04-17"), D("April 17", "2018-04-17"), D("Wednesday, April 18", "2018-04-18"),
        D("Tuesday morning", "2018-04-17"), D("Tuesday evening", "2018-04-17")])
A["us-sec-notice-edgar-filers-hurricane-ike-houston-power-outage-2008"] = dict(
 entities=[E("Location", "Texas"), E("Service", "EDGAR"), E("Organization", "SEC")],
 roles=[],
 relations=[L("EDGAR", "provider", "SEC")],  # 'submit their filings to us ... on EDGAR', 'the SEC web site'
 # 'the ongoing power outages in certain areas of Texas', 'the area affected by Hurricane Ike': a real outage, no
 # operator named; `published` null and no day in the text -> date null; EDGAR itself did not fail
 outages=[O(None, None, [], loc="Texas", cause="Hurricane Ike")],
 dates=[])
A["us-presidential-order-prohibits-broadcom-takeover-qualcomm-2018"] = dict(
 entities=[E("Location", "United States", "United States of America"), E("Company", "Broadcom Limited", "Broadcom"),
           E("Company", "Broadcom Corporation"), E("Company", "Broadcom Cayman L.P."),
           E("Company", "Qualcomm Incorporated", "Qualcomm")]
          + locs("Singapore", "California", "Cayman Islands", "Delaware"),
 roles=[],  # 'me as President': no name
 # the takeover is prohibited -> no acquired (a blocked deal); 'Broadcom Limited ... along with its partners,
 # subsidiaries, or affiliates, including Broadcom Corporation, ... and Broadcom Cayman L.P.' -> read as Broadcom
 # Limited's companies (doubtful: the list says 'partners, subsidiaries, or affiliates')
 relations=[L("Broadcom Corporation", "parentOrganization", "Broadcom Limited"),
            L("Broadcom Cayman L.P.", "parentOrganization", "Broadcom Limited")],
 outages=[],
 dates=[])  # the years in 'Defense Production Act of 1950' are part of a law's name, not dates
A["us-occ-final-rule-policy-statement-bank-merger-act-2024"] = dict(
 entities=[OCC, E("Location", "WASHINGTON"), E("Person", "Michael J. Hsu")],
 roles=[R("Michael J. Hsu", "head", "Office of the Comptroller of the Currency")],  # 'Acting Comptroller'
 relations=[], outages=[],  # near-miss: merger review in general, no deal named; the Bank Merger Act is a law
 dates=[D("today", "2024-09-17")])
A["us-doj-antitrust-division-civil-process-changes-covid-19-2020"] = dict(
 entities=[E("Organization", "Department of Justice"), E("Organization", "Antitrust Division", "Division"),
           E("Organization", "CDC"), E("Organization", "WHO"), E("Person", "Makan Delrahim")],
 # 'Assistant Attorney General Makan Delrahim of the Department of Justice’s Antitrust Division' leads the division
 roles=[R("Makan Delrahim", "head", "Antitrust Division")],
 relations=[L("Antitrust Division", "parentOrganization", "Department of Justice")],
 outages=[],  # near-miss: merger investigations in general; 'the Division remains open for business'
 dates=[])  # `published` null: 'today' not resolved
A["us-treasury-fiscal-service-notice-check-ach-reclamation-pause-2023"] = dict(
 entities=[E("Organization", "Treasury"), E("Organization", "Bureau of the Fiscal Service", "Fiscal Service"),
           E("Service", "Automated Clearing House", "ACH"), E("Service", "FedLine"), E("Service", "Pay.gov"),
           E("Service", "TCVS")],
 roles=[],
 relations=[],  # no operator of FedLine, Pay.gov or TCVS is stated in the kept text; the letterhead was left out
 # near-miss: a planned pause of reclamation notices, debits and forms for a systems upgrade; checks still paid,
 # TCVS stays up; no failure told (as batch 17a's scheduled downtime)
 outages=[],
 dates=[D("December 1, 2023", "2023-12-01"), D("December 7, 2023", "2023-12-07")])
if __name__ == "__main__":
    assert sorted(A) == IDS, set(IDS) ^ set(A)
    b10.IDS, b10.A = IDS, A
    b10.write_splits(sys.argv[1], sys.argv[2])
