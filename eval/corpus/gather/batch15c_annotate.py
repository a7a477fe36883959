#!/usr/bin/env python3
"""Batch 15c gold annotations (the 18 texts of batch15c.py), written from each text alone before newskg was run on any
of them. Split rule fixed before annotation: the 18 ids sorted, then dealt along test, train, dev, train (the
sub-batch's own cycle, as every sub-batch since 8b).
usage: batch15c_annotate.py POOL_DIR eval/corpus"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R
import batch10_annotate as b10

IDS = sorted("""hansard-commons-jaguar-land-rover-cyber-attack-outage-2025 hansard-commons-statement-water-supply-disruption-thaw-2018
hansard-lords-global-it-outage-crowdstrike-2024 hansard-westminster-hall-south-east-water-supply-outages-2023
hansard-written-answer-southern-water-testwood-supply-outage-2023 oireachtas-committee-pac-revenue-ros-outage-2019
oireachtas-dail-eir-fault-repair-waiting-times-2020 oireachtas-dail-eir-repair-service-south-kerry-2022
oireachtas-dail-illness-benefit-it-system-outage-2018 oireachtas-dail-illness-benefit-payment-delays-2018
oireachtas-dail-leixlip-boil-water-notice-2019 oireachtas-dail-storm-emma-irish-water-outages-2018
oireachtas-dail-storm-ophelia-esb-power-outage-2017 oireachtas-dail-uisce-eireann-water-outages-dargle-wood-2025
oireachtas-dail-uisce-eireann-water-outages-wexford-2025 oireachtas-written-answer-hse-cyberattack-pq-outage-2021
oireachtas-written-answer-passport-tracker-technical-issues-2022 oireachtas-written-answer-storm-emma-post-office-closures-2018""".split())
A = {}

# ---- UK Parliament --------------------------------------------------------------------------------------------
A["hansard-commons-jaguar-land-rover-cyber-attack-outage-2025"] = dict(
 entities=[E("Person", "Derek Twigg"), E("Location", "Widnes and Halewood"), E("Organization", "Business and Trade Committee"),
           E("Company", "JLR"), E("Person", "Archie Norman"), E("Company", "Marks & Spencer", "M&S")],
 roles=[],  # Archie Norman's title at M&S is not given in this text
 relations=[],
 # JLR must 'get back up and running' after the cyber-attack (undated here); M&S's attack is named, but no lost
 # service is stated for it in this text
 outages=[O("JLR", None, [], cause="cyber-attack")],
 dates=[])
A["hansard-commons-statement-water-supply-disruption-thaw-2018"] = dict(
 entities=[E("Person", "Thérèse Coffey", "Coffey"), E("Location", "southern England"), E("Organization", "Ofwat"),
           E("Organization", "Water UK"), E("Location", "England")],
 roles=[],  # a minister: no role (as batches 12-15b)
 relations=[],
 # loss of supply 'over the weekend' before Tuesday 6 March 2018; the water companies are not named
 outages=[O(None, "2018-03", [], loc="southern England", cause="burst pipes after a cold spell and rapid thaw")],
 dates=[D("This morning", "2018-03-06")])
A["hansard-lords-global-it-outage-crowdstrike-2024"] = dict(
 entities=[E("Person", "Lord Harris of Haringey"), E("Company", "Performanta"), E("Organization", "National Preparedness Commission"),
           E("Organization", "Department for Culture, Media and Sport"), E("Person", "Baroness Twycross"), E("Company", "CrowdStrike"),
           E("Location", "UK"), E("Organization", "COBRA"), E("Organization", "Cabinet Office"),
           E("Organization", "His Majesty’s Government")],
 roles=[R("Lord Harris of Haringey", "chairman", "National Preparedness Commission")],  # 'adviser to Performanta': no title in the vocabulary; the Minister: no role
 relations=[],
 outages=[O("CrowdStrike", None, [], cause="software update")],  # 'the recent global IT outage', undated in this text
 dates=[])
A["hansard-westminster-hall-south-east-water-supply-outages-2023"] = dict(
 entities=[E("Person", "Greg Clark"), E("Company", "South East Water"), E("Person", "Sir George"), E("Location", "Britain"),
           E("Location", "Tunbridge Wells")],
 roles=[],
 relations=[],
 # two supply failures: eight days including the week before Christmas 2022 (19 December given as one day of it),
 # and an earlier one in November in other parts of the constituency
 outages=[O("South East Water", "2022-12", [], dur=192, loc="Tunbridge Wells"),
          O("South East Water", "2022-11", [])],
 dates=[D("the week before Christmas", "2022-12"), D("November", "2022-11"), D("19 December", "2022-12-19")])
A["hansard-written-answer-southern-water-testwood-supply-outage-2023"] = dict(
 entities=[E("Location", "Testwood Water Treatment Works"), E("Location", "Hampshire"), E("Location", "Waterside"),
           E("Location", "New Forest"), E("Company", "Southern Water"), E("Person", "Lawrence Gosden"),
           E("Organization", "Drinking Water Inspectorate")],
 roles=[R("Lawrence Gosden", "ceo", "Southern Water")],
 relations=[],
 # published is null and '2 November' gives no year: the outage date stays null, and no date item is listed
 outages=[O("Southern Water", None, [], loc="Waterside area of the New Forest", cause="flooding impacted water quality at the treatment works")],
 dates=[])

# ---- Houses of the Oireachtas --------------------------------------------------------------------------------
A["oireachtas-committee-pac-revenue-ros-outage-2019"] = dict(
 entities=[E("Person", "Niall Cody"), E("Service", "ROS")],
 roles=[],  # the witness's title is not in the text
 relations=[],
 # the text never names the operator (Revenue is only 'us'/'we'): provider null
 outages=[O(None, "2019-11-12", ["ROS"], start="2019-11-12T11:50", end="2019-11-12T17:00", dur=5.17, cause="database server problem")],
 dates=[D("12 November", "2019-11-12"), D("11.50 a.m.", "2019-11-12T11:50"), D("5 p.m.", "2019-11-12T17:00"),
        D("9 a.m.", "2019-11-12T09:00"), D("noon", "2019-11-12T12:00"), D("midnight", "2019-11-13T00:00"),
        D("13 November", "2019-11-13")])
A["oireachtas-dail-eir-fault-repair-waiting-times-2020"] = dict(
 entities=[E("Person", "Ryan"), E("Company", "Eir", "Eircom", "Telecom Éireann"), E("Person", "Albert Reynolds"),
           E("Organization", "Fianna Fáil")],
 roles=[],  # a minister and a former Taoiseach, no country named: no role
 relations=[],
 outages=[],  # near-miss: fault-reporting waits, repairs not done; no outage event
 dates=[D("the winter", "2020")])  # 'as we face into the winter' (a season: the year)
A["oireachtas-dail-eir-repair-service-south-kerry-2022"] = dict(
 entities=[E("Company", "Eir"), E("Location", "Kerry"), E("Location", "Cahersiveen"), E("Person", "Tom O'Shea"),
           E("Person", "Dónal Clifford"), E("Person", "Dave Fenton"), E("Person", "Dermot Corkery"), E("Location", "Cork"),
           E("Person", "Jim McCarthy"), E("Location", "Kenmare"), E("Location", "Sneem"), E("Location", "Castlecove"),
           E("Location", "Caherdaniel"), E("Location", "Waterville"), E("Location", "Portmagee"), E("Location", "Ballinskelligs"),
           E("Location", "Valentia Island"), E("Location", "Kells Bay"), E("Location", "Killorglin")],
 roles=[],  # retired technicians, no titles
 relations=[],
 outages=[],  # near-miss: a run-down repair service, no outage event
 dates=[D("today", "2022-02-09"), D("July 2021", "2021-07")])
A["oireachtas-dail-illness-benefit-it-system-outage-2018"] = dict(
 entities=[E("Person", "Brassil")],
 roles=[], relations=[],
 # the new IT system (August) left people with partial or no payments; the Department is not named in full
 outages=[O(None, "2018-08", [], cause="transition to a new information technology system")],
 dates=[D("August", "2018-08")])
A["oireachtas-dail-illness-benefit-payment-delays-2018"] = dict(
 entities=[E("Location", "Donegal")],
 roles=[], relations=[],
 outages=[],  # near-miss in this text: payment delays and processing, no failure named
 dates=[])
A["oireachtas-dail-leixlip-boil-water-notice-2019"] = dict(
 entities=[E("Location", "Dublin"), E("Location", "Meath"), E("Location", "Kildare"), E("Company", "Irish Water"),
           E("Organization", "HSE"), E("Organization", "EPA")],
 roles=[],  # 'the managing director of Irish Water' is not named
 relations=[],
 outages=[],  # near-miss: a boil water notice after a treatment-plant fault; supply not cut
 dates=[D("Monday", "2019-10-21")])
A["oireachtas-dail-storm-emma-irish-water-outages-2018"] = dict(
 entities=[E("Company", "Irish Water"), E("Company", "ESB Networks"), E("Location", "Dublin"), E("Location", "Infirmary Road"),
           E("Location", "Skerries"), E("Location", "Balbriggan")],
 roles=[], relations=[],
 # water outages after Storm Emma (undated in this text); the power outages behind some of them have no named operator
 outages=[O("Irish Water", None, [], cause="power outages, extreme cold and burst pipes")],
 dates=[D("1982", "1982"), D("1947", "1947")])
A["oireachtas-dail-storm-ophelia-esb-power-outage-2017"] = dict(
 entities=[E("Location", "Meath"), E("Location", "Kildare"), E("Company", "ESB"), E("Location", "Great Britain"),
           E("Company", "Scottish Power"), E("Location", "France"), E("Company", "Irish Water")],
 roles=[], relations=[],
 # the storm's day is not in the text ('yesterday' is the Taoiseach's visit): dates null
 outages=[O("ESB", None, [], cause="storm"),
          O("Irish Water", None, [], cause="loss of power to water treatment plants")],
 dates=[D("today", "2017-10-18"), D("yesterday", "2017-10-17"), D("this morning", "2017-10-18")])
A["oireachtas-dail-uisce-eireann-water-outages-dargle-wood-2025"] = dict(
 entities=[E("Location", "Dargle Wood"), E("Location", "Knocklyon"), E("Company", "Uisce Éireann")],
 roles=[], relations=[],
 # three days without water over the Easter weekend 2025 (Easter Sunday 20 April); the 23 outages since 2022 are counted, not told
 outages=[O("Uisce Éireann", "2025-04", [], dur=72, loc="Dargle Wood, Knocklyon", cause="burst pipe")],
 dates=[D("the beginning of this year", "2025"), D("2022", "2022"), D("the following Tuesday", "2025-04-22")])
A["oireachtas-dail-uisce-eireann-water-outages-wexford-2025"] = dict(
 entities=[E("Organization", "Ballymitty national school"), E("Company", "Uisce Éireann", "Irish Water"), E("Person", "Browne"),
           E("Location", "Kilmallock Bridge"), E("Location", "Ballymurn"), E("Location", "County Wexford"),
           E("Location", "Whiterock Hill"), E("Location", "Wexford"), E("Company", "Bumblebees")],
 roles=[],  # a minister: no role
 relations=[],
 # 'This week' (no date item, as the guidelines skip 'this week'): the Whiterock Hill outage that closed the Bumblebees
 # crèche; the 14 Kilmallock Bridge outages are counted, not told
 outages=[O("Uisce Éireann", None, ["Bumblebees"], loc="Whiterock Hill")],
 dates=[D("last September", "2024-09"), D("this year", "2025")])
A["oireachtas-written-answer-hse-cyberattack-pq-outage-2021"] = dict(
 entities=[E("Location", "Mullingar"), E("Location", "Kilkenny"), E("Organization", "Wexford General Hospital"),
           E("Organization", "HSE"), E("Organization", "Oireachtas")],
 roles=[], relations=[],
 outages=[O("HSE", None, [], cause="cyber-attack")],  # 'the recent cyber-attack', undated here
 dates=[D("21 April 2021", "2021-04-21"), D("2020", "2020")])
A["oireachtas-written-answer-passport-tracker-technical-issues-2022"] = dict(
 entities=[E("Person", "Catherine Murphy", "Murphy"), E("Person", "Michael Ring"), E("Organization", "Department of Foreign Affairs"),
           E("Service", "Passport Tracker", "passport tracker", "passport tracking system"), E("Organization", "Passport Service")],
 roles=[], relations=[],
 outages=[],  # near-miss: the tracker showed wrong status for some applications; no service lost
 dates=[D("2022", "2022"), D("the end of 2016", "2016")])
A["oireachtas-written-answer-storm-emma-post-office-closures-2018"] = dict(
 entities=[E("Person", "John Brady"), E("Organization", "Department for Employment Affairs and Social Protection"),
           E("Organization", "National Emergency Coordination Group", "NECG"), E("Company", "An Post")],
 roles=[], relations=[],
 outages=[],  # near-miss: post offices closed during a storm's red alerts, no system failure
 dates=[])

if __name__ == "__main__":
    assert sorted(A) == IDS, set(IDS) ^ set(A)
    b10.IDS, b10.A = IDS, A
    b10.write_splits(sys.argv[1], sys.argv[2])
