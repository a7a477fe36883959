#!/usr/bin/env python3
"""Batch 14 gold annotations (the 26 UK Parliament texts of batch14.py), written from each text alone before newskg
was run on any of them. Split rule fixed before annotation: the 26 ids sorted, then dealt along test, train, dev,
train (as every sub-batch since 8b).
usage: batch14_annotate.py POOL_DIR eval/corpus"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R
import batch10_annotate as b10

IDS = sorted("""hansard-commons-ba-bcal-merger-private-notice-1987 hansard-commons-golden-shares-1989
hansard-commons-heathrow-substation-outage-neso-review-2025 hansard-commons-london-ambulance-service-1992
hansard-commons-london-ambulance-service-inquiry-1993 hansard-commons-national-air-traffic-services-failure-2000
hansard-commons-passports-fees-statement-1999 hansard-commons-project-mercury-1982 hansard-commons-rover-group-1994
hansard-commons-rowntree-plc-mmc-decision-1988 hansard-commons-rowntree-plc-swiss-takeover-1988
hansard-commons-rowntrees-of-york-general-foods-bid-1969 hansard-lords-ba-bcal-merger-1987
hansard-lords-london-air-traffic-computer-breakdown-1986 hansard-westminster-hall-999-service-isle-of-wight-hampshire-2002
hansard-written-answer-ba-bcal-merger-european-commission-1988 hansard-written-answer-cable-fault-east-barnet-1953
hansard-written-answer-child-benefit-1998 hansard-written-answer-girocheques-delay-1986 hansard-written-answer-mercury-licence-1983
hansard-written-answer-national-air-traffic-services-2002 hansard-written-answer-pensions-payments-1984
hansard-written-statement-power-cuts-london-kent-2003 hansard-written-statement-power-failures-london-birmingham-2004
uk-parliament-committee-inquiry-cyber-attack-nhs uk-parliament-pac-report-wannacry-cyber-attack-nhs-2018""".split())
MMC = E("Organization", "Monopolies and Mergers Commission")
CAD = E("Service", "computer-aided dispatch system", "computer-aided despatch system", "CAD system")
A = {}
A["hansard-commons-ba-bcal-merger-private-notice-1987"] = dict(
 entities=[E("Person", "Tony Blair", "Blair"), E("Location", "Sedgefield"), MMC, E("Company", "British Airways"),
           E("Company", "British Caledonian Airways"), E("Person", "Kenneth Clarke")],
 roles=[],  # a minister with no country named on its own: no role (batch-10 decision)
 relations=[],  # a proposed merger, an offer: nothing
 outages=[],
 dates=[D("this morning", "1987-07-16"), D("late last night", "1987-07-15")])
A["hansard-commons-golden-shares-1989"] = dict(
 entities=[E("Company", "British Telecom"), E("Company", "Cable and Wireless"), E("Company", "British Aerospace"),
           E("Company", "Rolls-Royce"), E("Company", "British Steel"), E("Company", "Jaguar"), E("Company", "Ford"),
           E("Company", "Rover group", "Rover")],
 roles=[],
 relations=[L("Ford", "acquired", "Jaguar")],  # 'giving the company away to Ford', 'he has given it Jaguar': agreed, completion not stated
 outages=[], dates=[])
A["hansard-commons-heathrow-substation-outage-neso-review-2025"] = dict(
 entities=[E("Organization", "National Energy System Operator", "NESO"), E("Location", "North Hyde substation"),
           E("Organization", "Ofgem"), E("Location", "Heathrow airport"), E("Company", "National Grid Electricity Transmission")],
 roles=[], relations=[],
 # the substation's owner is whose asset failed ('known risks were not addressed by National Grid Electricity Transmission')
 outages=[O("National Grid Electricity Transmission", "2025-03-20", ["Heathrow airport"], loc="North Hyde substation", cause="fire")],
 dates=[D("20 March", "2025-03-20"), D("21 March", "2025-03-21")])
A["hansard-commons-london-ambulance-service-1992"] = dict(
 entities=[E("Organization", "London ambulance service", "LAS"), E("Organization", "South West Thames regional health authority"), CAD],
 roles=[], relations=[],  # the RHA oversees the LAS: no ownership stated
 outages=[O("London ambulance service", "1992-10-26", ["computer-aided dispatch system"], cause="exceptional circumstances")],
 dates=[D("Monday", "1992-10-26"), D("Tuesday", "1992-10-27"), D("11 pm tonight", "1992-10-28T23:00")])
A["hansard-commons-london-ambulance-service-inquiry-1993"] = dict(
 entities=[E("Organization", "South West Thames regional health authority", "South West Thames RHA"),
           E("Organization", "London ambulance service", "LAS"), E("Service", "computer-aided dispatch system", "CAD system"), E("Person", "Don Page"), E("Person", "Marian Hicks"),
           E("Person", "Jim Harris")],
 roles=[R("Marian Hicks", "chairman", "South West Thames regional health authority"),
        R("Jim Harris", "chairman", "London ambulance service")],  # 'has decided to step down, with effect from Monday': not yet left
 relations=[],
 # 'occasions on which the system had seriously failed' before the inquiry asked for 'last October': year only
 outages=[O("London ambulance service", "1992", ["computer-aided dispatch system"])],
 dates=[D("last October", "1992-10"), D("yesterday", "1993-02-24"), D("Monday", "1993-03-01")])
A["hansard-commons-national-air-traffic-services-failure-2000"] = dict(
 entities=[E("Company", "National Air Traffic Services", "NATS"), E("Service", "flight data processing system", "FDPS"),
           E("Location", "West Drayton"), E("Location", "UK")],
 roles=[], relations=[L("flight data processing system", "provider", "National Air Traffic Services")],
 outages=[O("National Air Traffic Services", "2000-06-17", ["flight data processing system"], loc="West Drayton", cause="software failure"),
          O("National Air Traffic Services", "2000-06-09", ["flight data processing system"])],
 dates=[D("Saturday 17 June", "2000-06-17"), D("last Saturday", "2000-06-17"), D("17 June", "2000-06-17"), D("today", "2000-06-19"),
        D("9 June", "2000-06-09")])
A["hansard-commons-passports-fees-statement-1999"] = dict(
 entities=[E("Organization", "Passport Agency"), E("Organization", "National Audit Office")],
 roles=[], relations=[],
 outages=[],  # near-miss: 'major problems last summer', a backlog; no lost service stated
 dates=[D("last summer", "1999"), D("the summer", "1999"), D("August", "1999-08"), D("October", "1999-10")])
A["hansard-commons-project-mercury-1982"] = dict(
 entities=[E("Person", "Henderson"), E("Location", "Fife, East"), E("Company", "Mercury"), E("Company", "British Telecom", "BT"),
           E("Company", "Cable and Wireless"), E("Person", "Marshall"), E("Location", "Arundel"), E("Person", "Neale"),
           E("Location", "Cornwall, North")],
 roles=[], relations=[],  # 'it should be possible for BT and Mercury to reach a commercial agreement': no agreement yet
 outages=[], dates=[D("22 February", "1982-02-22")])
A["hansard-commons-rover-group-1994"] = dict(
 entities=[E("Company", "BMW"), E("Company", "Rover Group Holdings Ltd", "Rover Group", "Rover"),
           E("Company", "British Aerospace", "BAe"), E("Person", "Graham Day"), E("Person", "George Simpson"),
           E("Person", "John Towers"), E("Company", "Honda"), E("Location", "Europe"), E("Organization", "Board of Trade")],
 roles=[],  # management named without titles
 relations=[L("BMW", "acquired", "Rover Group Holdings Ltd"),  # accepted offer, shareholder approval still a condition: agreed
            L("British Aerospace", "acquired", "Rover Group Holdings Ltd"),  # 'BAe bought the Government's shareholding in Rover Group in July 1988'
            L("Rover Group Holdings Ltd", "parentOrganization", "British Aerospace")],  # 'its wholly-owned subsidiary'
 outages=[],
 dates=[D("This morning", "1994-01-31"), D("July 1988", "1988-07"), D("26 January", "1994-01-26")])
A["hansard-commons-rowntree-plc-mmc-decision-1988"] = dict(
 entities=[E("Company", "Nestlé"), E("Company", "Rowntree"), MMC, E("Company", "Suchard"), E("Location", "United Kingdom")],
 roles=[], relations=[],  # a bid and a 29.9 per cent holding: nothing
 outages=[], dates=[D("This morning", "1988-05-25")])
A["hansard-commons-rowntree-plc-swiss-takeover-1988"] = dict(
 entities=[E("Company", "Rowntree plc", "Rowntree"), E("Company", "Nestlé", "Nestle"), E("Company", "Suchard"), MMC,
           E("Organization", "Department of Trade and Industry")],
 roles=[], relations=[], outages=[], dates=[])
A["hansard-commons-rowntrees-of-york-general-foods-bid-1969"] = dict(
 entities=[E("Company", "General Foods Corporation", "General Foods"), E("Location", "New York"),
           E("Company", "Rowntrees of York", "Rowntrees")],
 roles=[], relations=[],  # a withdrawn bid: nothing
 outages=[], dates=[D("Friday of last week", "1969-04-18")])
A["hansard-lords-ba-bcal-merger-1987"] = dict(
 entities=[E("Company", "British Airways plc", "British Airways", "BA"),
           E("Company", "British Caledonian plc", "British Caledonian", "British Caledonian Group"), MMC, E("Location", "Gatwick")],
 roles=[], relations=[],  # proposed merger: nothing
 outages=[], dates=[D("this morning", "1987-11-11"), D("0900 hrs", "1987-11-11T09:00")])
A["hansard-lords-london-air-traffic-computer-breakdown-1986"] = dict(
 entities=[E("Company", "National Air Traffic Service"), E("Location", "Heathrow"), E("Location", "Gatwick"), E("Location", "Scotland")],
 roles=[], relations=[],
 outages=[O("National Air Traffic Service", "1986-10-06", [], dur=3, cause="its computer could not handle excess data")],
 dates=[D("Monday, 6th October", "1986-10-06")])
A["hansard-westminster-hall-999-service-isle-of-wight-hampshire-2002"] = dict(
 entities=[E("Service", "Red Jet"), E("Location", "Southampton"), E("Location", "Cowes"), E("Location", "Isle of Wight"),
           E("Company", "BT"), E("Location", "Winchester"), E("Organization", "Hampshire constabulary"), E("Location", "Netley"),
           E("Organization", "Dorset constabulary"), E("Service", "999")],
 roles=[], relations=[],
 # no operator named in the text: provider null
 outages=[O(None, "2002-04-25", ["999"], loc="Isle of Wight", cause="communications breakdown")],
 dates=[D("25 April", "2002-04-25"), D("7.30 pm", "2002-04-25T19:30")])
A["hansard-written-answer-ba-bcal-merger-european-commission-1988"] = dict(
 entities=[E("Organization", "European Commission", "Commission"), E("Company", "British Airways", "BA"),
           E("Company", "British Caledonian"), E("Person", "Baroness Burton of Coventry"), MMC, E("Organization", "CAA"),
           E("Location", "Hamburg"), E("Location", "Stuttgart"), E("Location", "Rome"), E("Location", "Paris"),
           E("Location", "Brussels"), E("Location", "Nice"), E("Company", "Air Europe"), E("Location", "Gatwick")],
 roles=[], relations=[],  # 'the merger of British Airways and British Caledonian': who buys whom not stated
 outages=[],
 dates=[D("28th March", "1988-03-28"), D("8th March", "1988-03-08"), D("1st April 1991", "1991-04-01"), D("1989", "1989")])
A["hansard-written-answer-cable-fault-east-barnet-1953"] = dict(
 entities=[E("Location", "Church Hall Road"), E("Location", "East Barnet")],
 roles=[], relations=[],
 # two faults on one cable; no operator named in the answer's text: provider null
 outages=[O(None, "1953-06-07", [], end="1953-06-10T12:00", loc="East Barnet", cause="fracture of the cable sheath"),
          O(None, "1953-06-11", [], start="1953-06-11T08:45", end="1953-06-13T11:30", dur=50.75, loc="East Barnet",
            cause="fracture of the cable sheath")],
 dates=[D("the 8th", "1953-06-08"), D("the 10th", "1953-06-10"), D("8.45 a.m.", "1953-06-11T08:45"), D("11th June", "1953-06-11"),
        D("11.30 a.m.", "1953-06-13T11:30"), D("the 13th", "1953-06-13")])
A["hansard-written-answer-child-benefit-1998"] = dict(
 entities=[E("Organization", "Social Security Agency"), E("Person", "Chris Thompson"), E("Person", "William Ross"),
           E("Organization", "Child Benefit Office"), E("Location", "Windsor House")],
 roles=[R("Chris Thompson", "ceo", "Social Security Agency")],
 relations=[L("Child Benefit Office", "parentOrganization", "Social Security Agency")],  # 'extra staff from elsewhere in the Agency'
 outages=[],  # near-miss: slow systems and a backlog, no lost service stated
 dates=[D("16 July 1998", "1998-07-16"), D("November 1997", "1997-11"), D("April 1998", "1998-04"), D("early August", "1998-08")])
A["hansard-written-answer-girocheques-delay-1986"] = dict(
 entities=[E("Person", "Millan"), E("Location", "Livingston"), E("Person", "Major")],
 roles=[], relations=[],
 # the department is not named: provider null; 'the week commencing 27 January' runs into February: year only
 outages=[O(None, "1986", [], loc="Livingston", cause="an unprecedented fault in the system")],
 dates=[D("27 January", "1986-01-27"), D("1977", "1977")])
A["hansard-written-answer-mercury-licence-1983"] = dict(
 entities=[E("Company", "Mercury"), E("Company", "British Telecom")],
 roles=[], relations=[], outages=[], dates=[D("February 1982", "1982-02"), D("1986", "1986")])
A["hansard-written-answer-national-air-traffic-services-2002"] = dict(
 entities=[E("Company", "National Air Traffic Control Service", "National Air-Traffic Control Service", "NATS"),
           E("Location", "West Drayton"), E("Location", "Swanwick")],
 roles=[], relations=[],
 outages=[O("National Air Traffic Control Service", "2002-03-27", [], loc="West Drayton"),
          O("National Air Traffic Control Service", "2002-04-10", [], loc="West Drayton"),
          O("National Air Traffic Control Service", "2002-05-17", [], loc="Swanwick")],
 dates=[D("27 March", "2002-03-27"), D("10 April", "2002-04-10"), D("17 May", "2002-05-17")])
A["hansard-written-answer-pensions-payments-1984"] = dict(
 entities=[E("Location", "Newcastle")],
 roles=[], relations=[],
 outages=[],  # near-miss: a strike closed the pensions computer (strikes are no outage)
 dates=[D("late November 1983", "1983-11"), D("December 1983", "1983-12"), D("late January 1984", "1984-01"),
        D("late April", "1984-04"), D("the beginning of May", "1984-05"), D("14 May 1984", "1984-05-14")])
A["hansard-written-statement-power-cuts-london-kent-2003"] = dict(
 entities=[E("Company", "National Grid Transco", "National Grid", "NGT", "NOT"), E("Location", "South East London"),
           E("Location", "Kent"), E("Location", "Birmingham"), E("Location", "South London"), E("Location", "London"),
           E("Company", "EDF")],
 roles=[], relations=[],
 # both losses are 'problems that have recently occurred on the National Grid'; 30 + 11 minutes to restore = 0.68 h
 outages=[O("National Grid Transco", "2003-08-28", [], dur=0.68, loc="South London"),
          O("National Grid Transco", "2003-09-05", [], loc="Birmingham")],
 dates=[D("Thursday 28th August", "2003-08-28"), D("Friday 5 September", "2003-09-05"), D("28 August", "2003-08-28"),
        D("29 August", "2003-08-29")])
A["hansard-written-statement-power-failures-london-birmingham-2004"] = dict(
 entities=[E("Organization", "DTI"), E("Location", "south London"), E("Location", "Kent"), E("Location", "West Midlands"),
           E("Company", "Network Rail"), E("Company", "London Underground"), E("Organization", "Ofgem")],
 roles=[], relations=[],
 # the power cuts named, no operator named: provider null
 outages=[O(None, "2003-08-28", [], loc="south London"), O(None, "2003-09-05", [], loc="West Midlands")],
 dates=[D("10 September", "2003-09-10"), D("28 August", "2003-08-28"), D("5 September", "2003-09-05")])
A["uk-parliament-committee-inquiry-cyber-attack-nhs"] = dict(
 entities=[E("Organization", "NHS"), E("Location", "England"), E("Organization", "National Audit Office", "NAO"),
           E("Organization", "Department of Health"), E("Organization", "NHS England"), E("Organization", "NHS Improvement"),
           E("Organization", "NHS Digital")],
 roles=[], relations=[],
 outages=[O("NHS", "2017-05-12", [], loc="England", cause="WannaCry ransomware")],
 dates=[D("Friday 12 May 2017", "2017-05-12")])
A["uk-parliament-pac-report-wannacry-cyber-attack-nhs-2018"] = dict(
 entities=[E("Organization", "Department of Health and Social Care"), E("Organization", "NHS England"),
           E("Organization", "NHS Improvement"), E("Organization", "NHS Digital"), E("Organization", "NHS"),
           E("Location", "UK"), E("Location", "England")],
 roles=[], relations=[],
 outages=[O("NHS", "2017-05-12", [], loc="England", cause="WannaCry ransomware")],
 dates=[D("Friday 12 May 2017", "2017-05-12"), D("12 May", "2017-05-12"), D("4pm", "2017-05-12T16:00")])

if __name__ == "__main__":
    b10.IDS, b10.A = IDS, A
    b10.write_splits(sys.argv[1], sys.argv[2])
