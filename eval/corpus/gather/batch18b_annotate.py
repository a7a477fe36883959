#!/usr/bin/env python3
"""Batch 18b gold annotations (the 9 texts of batch18b.py), written from each text alone before newskg was run on any
of them. Split rule fixed before annotation: the 9 ids sorted, then dealt along test, train, dev, train (the batch's
own cycle, as every sub-batch since 8b).
usage: batch18b_annotate.py POOL_DIR eval/corpus"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R, locs
import batch10_annotate as b10

IDS = sorted("""gov-uk-dbt-jatco-nissan-sunderland-powertrain-plant-investment-2025
gov-uk-dbt-emergency-one-angloco-fire-engines-iraq-ukef-2025
gov-uk-dbt-knighthead-birmingham-sports-quarter-investment-2025
gov-uk-ecgd-ukti-cleveland-potash-boulby-mine-export-order
gov-uk-ukef-letter-narew-air-defence-poland-mbda-2024
us-sec-release-cmb-export-eb5-unregistered-securities
gov-uk-dbt-fujitsu-joint-statement-horizon-redress-2025
gov-uk-sra-historic-release-wessex-franchise-bidders-2001
gov-uk-desnz-sizewell-c-final-investment-decision-2025""".split())
A = {}
A["gov-uk-dbt-jatco-nissan-sunderland-powertrain-plant-investment-2025"] = dict(
 entities=[E("Company", "Japan Automatic Transmission Company", "JATCO"), E("Company", "Nissan"),
           E("Organization", "UK government"), E("Company", "YTL")]
          + locs("Sunderland", "UK", "North East"),
 # 'the government' is generic; 'European' and 'Malaysian' are adjectives
 roles=[],
 # JATCO's plant 'will produce 3-in-1 electric vehicle powertrains for Nissan's neighbouring Sunderland plant' and
 # 'to supply new generations of Nissan electric vehicles': a supply relation (partner, supplier first as written);
 # the three-way 'investment deal ... in partnership with the government' is a government funding deal, not a
 # partnership between two named organisations the guidelines ask for
 relations=[L("Japan Automatic Transmission Company", "partner", "Nissan")],
 outages=[],
 dates=[D("today", "2025-01-16"), D("2023", "2023"), D("2026", "2026")])
A["gov-uk-dbt-emergency-one-angloco-fire-engines-iraq-ukef-2025"] = dict(
 entities=[E("Organization", "Ministry of Interior"), E("Organization", "UK Export Finance", "UKEF"),
           E("Company", "Emergency One"), E("Company", "Angloco"), E("Organization", "Civil Defence Directorate")]
          + locs("Iraq", "UK", "Yorkshire", "Ayrshire", "Batley", "Gulf region"),
 roles=[],  # the 'Exports minister' is not named
 # 'Emergency One and ... Angloco have been selected to supply vehicles for Iraq's Civil Defence Directorate': supply
 # contracts (partner, supplier first as written); the Ministry's purchase is told through the Directorate; the
 # Directorate is not said to be part of the Ministry; UKEF's loan is to Iraq, not a named company
 relations=[L("Emergency One", "partner", "Civil Defence Directorate"),
            L("Angloco", "partner", "Civil Defence Directorate")],
 outages=[],
 dates=[])  # 'this century' skipped
A["gov-uk-dbt-knighthead-birmingham-sports-quarter-investment-2025"] = dict(
 entities=[E("Company", "Knighthead"), E("Organization", "Government"), E("Person", "Jonathan Reynolds")]
          + locs("US", "East Birmingham", "Birmingham", "West Midlands"),
 # near-miss: 'Business Secretary Jonathan Reynolds' — a minister, no country named on its own (guidelines: no
 # role); the Sports Quarter is a project, not an entity; an investment, no acquisition, owner or partner
 roles=[], relations=[], outages=[],
 dates=[])  # 'each year', 'annually' skipped
A["gov-uk-ecgd-ukti-cleveland-potash-boulby-mine-export-order"] = dict(
 entities=[E("Organization", "ECGD"), E("Organization", "UK Trade &Investment", "UKTI"),
           E("Company", "Cleveland Potash Ltd", "CPL"), E("Company", "Fertipar"),
           E("Company", "Israel Chemicals Limited"), E("Person", "Keith Stockdale"), E("Company", "HSBC"),
           E("Person", "Graham Clarke")]
          + locs("North York Moors National Park", "Boulby Mine", "Brazil", "UK", "Tees Dock", "Middlesbrough",
                 "Paranagua"),
 # 'CPL managing director Graham Clarke' → director; 'its UKTI international trade advisor, Keith Stockdale' → other
 roles=[R("Graham Clarke", "director", "Cleveland Potash Ltd"), R("Keith Stockdale", "other", "UK Trade &Investment")],
 # 'CPL's parent company, Israel Chemicals Limited' → parentOrganization; 'a US$14.4m order with ... Fertipar' → a
 # customer order (partner, as written CPL first); 'Fertipar and its bankers HSBC' → a banking customer relation
 # (partner, as written); ECGD's insurance of the order is a government agency's support, not annotated
 relations=[L("Cleveland Potash Ltd", "parentOrganization", "Israel Chemicals Limited"),
            L("Cleveland Potash Ltd", "partner", "Fertipar"), L("Fertipar", "partner", "HSBC")],
 outages=[],
 dates=[])  # published null: 'this autumn' cannot be resolved
A["gov-uk-ukef-letter-narew-air-defence-poland-mbda-2024"] = dict(
 entities=[E("Person", "Tim Reid"), E("Organization", "UK Export Finance", "UKEF"), E("Person", "Kemi Badenoch"),
           E("Organization", "Department for Business and Trade"), E("Company", "MBDA UK"),
           E("Organization", "HM Treasury"), E("Location", "Poland"), E("Location", "UK")],
 # 'Tim Reid / Chief Executive / UK Export Finance' → ceo; 'Rt Hon Kemi Badenoch MP / Secretary of State for Business
 # and Trade / Department for Business and Trade' → head of the department (a secretary leading it)
 roles=[R("Tim Reid", "ceo", "UK Export Finance"), R("Kemi Badenoch", "head", "Department for Business and Trade")],
 # near-miss: MBDA UK is 'one of the key suppliers' to the NAREW programme (a programme, not an entity); the orders
 # are 'prospective'; no relation between named organisations
 relations=[], outages=[],
 dates=[D("23 May 2024", "2024-05-23")])
A["us-sec-release-cmb-export-eb5-unregistered-securities"] = dict(
 entities=[E("Organization", "Securities and Exchange Commission", "SEC"), E("Location", "Illinois"),
           E("Location", "U.S."), E("Company", "CMB Export LLC", "CMB Export", "CMB"),
           E("Person", "Patrick Hogan", "Hogan"), E("Person", "Melissa R. Hodgman"),
           E("Organization", "Division of Enforcement")],
 # 'CMB Export, at the direction of its CEO Patrick Hogan' → ceo; 'Melissa R. Hodgman, Associate Director of the
 # Division of Enforcement' → other (an agency official, as earlier batches' associate directors)
 roles=[R("Patrick Hogan", "ceo", "CMB Export LLC"), R("Melissa R. Hodgman", "other", "Division of Enforcement")],
 # the 37 affiliated limited partnerships are not named; the Division is not said to be the SEC's in the text
 relations=[], outages=[],
 dates=[D("2011", "2011"), D("2015", "2015")])  # published null: 'today' skipped
A["gov-uk-dbt-fujitsu-joint-statement-horizon-redress-2025"] = dict(
 entities=[E("Person", "Jonathan Reynolds"), E("Person", "Paul Patterson"), E("Company", "Fujitsu Services Ltd"),
           E("Company", "Fujitsu"), E("Person", "Takahito Tokita"), E("Organization", "UK Government")]
          + locs("UK", "Tokyo", "Japan"),
 # 'UK Business and Trade Secretary Jonathan Reynolds' → minister of the UK (the country named on its own);
 # 'the company's Chief Executive Takahito Tokita' (Fujitsu's) → ceo; 'Paul Patterson, Director, Fujitsu Services
 # Ltd' → director
 roles=[R("Jonathan Reynolds", "minister", "UK"), R("Takahito Tokita", "ceo", "Fujitsu"),
        R("Paul Patterson", "director", "Fujitsu Services Ltd")],
 # 'met chiefs for Fujitsu ... the company's Chief Executive ... and Paul Patterson, Director of Fujitsu Services Ltd'
 # — the UK company is told as part of Fujitsu (doubtful: no 'subsidiary' word)
 relations=[L("Fujitsu Services Ltd", "parentOrganization", "Fujitsu")],
 outages=[],  # Horizon is named only as a scandal
 dates=[D("today", "2025-03-07"), D("Friday 7 March", "2025-03-07"), D("June 2024", "2024-06")])
SRA_OWN = [("South Eastern", "Connex Transport UK Limited"), ("South Central", "Connex Transport UK Limited"),
           ("Great Eastern", "First Group Plc"), ("North Western", "First Group Plc"),
           ("Great Western", "First Group Plc"), ("Anglia Railways", "GB Railways Group Plc")] + \
          [(f, "National Express Group PLC") for f in ("Central Trains", "Cardiff Railway", "Gatwick Express", "C2C",
                                                      "Midland Mainline", "ScotRail", "Silverlink", "Wales & West",
                                                      "WAGN")] + \
          [("M40 Trains Limited", "John Laing Investments Limited"), ("South West Trains", "Stagecoach Holdings plc"),
           ("Island Line", "Stagecoach Holdings plc")]
A["gov-uk-sra-historic-release-wessex-franchise-bidders-2001"] = dict(
 entities=[E("Organization", "SRA"), E("Company", "Connex Transport UK Limited"), E("Company", "First Group Plc"),
           E("Company", "GB Railways Group Plc"), E("Company", "Group 4 Falck Global Solutions Limited"),
           E("Company", "National Express Group PLC"), E("Company", "SBB Laing"),
           E("Company", "Swiss Federal Railways"), E("Company", "John Laing Investments Limited", "Laing"),
           E("Company", "Stagecoach Holdings plc"), E("Company", "Virgin Rail Group Limited")]
          + [E("Company", s) for s, _ in SRA_OWN if s != "M40 Trains Limited"] + [E("Company", "M40 Trains Limited")]
          + locs("South West England", "West Country", "Cardiff", "South Coast"),
 # the owned franchises are train operating businesses (Company), each 'owned' by the group named before it →
 # parentOrganization; 'Laing are the major shareholder in M40 Trains Limited' → parentOrganization; Stagecoach's
 # '49% shareholder in Virgin Rail Group Limited' is a minority stake (not annotated); 'SBB Laing – a partnership
 # between Swiss Federal Railways and John Laing Investments Limited' → partner (as written); the Wessex and Chiltern
 # franchises are contracts still to be let (not entities); 'Cardiff' the city is a Location, 'Cardiff Railway' a
 # Company
 roles=[],
 relations=[L(s, "parentOrganization", o) for s, o in SRA_OWN]
           + [L("Swiss Federal Railways", "partner", "John Laing Investments Limited")],
 outages=[],
 dates=[D("today", "2001-03-02")])
A["gov-uk-desnz-sizewell-c-final-investment-decision-2025"] = dict(
 entities=[E("Company", "Sizewell C", "Sizewell"), E("Company", "EDF"), E("Company", "Centrica"),
           E("Company", "La Caisse"), E("Company", "Amber Infrastructure"), E("Organization", "Government")]
          + locs("Hinkley Point C", "Britain"),
 # Sizewell C: the company the government and investors hold shares in ('largest shareholder') and the plant it
 # builds (doubtful type); Hinkley Point C named as a plant only → Location; the Energy Secretary is not named
 # near-miss: shareholdings 'will become' (future) and minority stakes — no acquisition, owner or partnership stated
 roles=[], relations=[], outages=[],
 dates=[D("today", "2025-07-22"), D("22 July", "2025-07-22"), D("2030", "2030")])

if __name__ == "__main__":
    assert sorted(A) == IDS, set(IDS) ^ set(A)
    b10.IDS, b10.A = IDS, A
    b10.write_splits(sys.argv[1], sys.argv[2])
