#!/usr/bin/env python3
"""Batch 17e part 2 gold annotations (the 5 texts of batch17e2.py), written from each text alone before newskg was run
on any of them. Split rule fixed before annotation: the 5 ids sorted, then dealt along test, train, dev, train, test
(the batch's own cycle, as every sub-batch since 8b).
usage: batch17e2_annotate.py POOL_DIR eval/corpus"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R, locs
import batch10_annotate as b10

IDS = sorted("""oireachtas-dail-written-answer-munster-technological-university-cyber-attack-costs-2025
oireachtas-dail-written-answer-setu-cyber-incident-it-network-recovery-2025
oireachtas-dail-written-answer-tu-dublin-tallaght-ransomware-attack-2023
us-house-ruppersberger-release-ransomware-funding-baltimore-911-2019
us-house-energy-commerce-rodgers-comer-letter-medicare-data-breach-ransomware-2023""".split())
A = {}
# ---- universities' IT systems ------------------------------------------------------------------------------------
A["oireachtas-dail-written-answer-munster-technological-university-cyber-attack-costs-2025"] = dict(
 entities=[E("Organization", "Munster Technological University", "MTU", "University"), E("Location", "Cork")],
 roles=[], relations=[],  # the Minister is not named in the text
 # 'MTU’s Cork campuses were targeted in a cyber-attack on Sunday 5 February 2023. MTU became aware of the attack
 # during its investigation of an IT outage' ('encryption of certain MTU systems'); the asker's 'September 2024' is
 # corrected by the answer
 outages=[O("Munster Technological University", "2023-02-05", [], loc="Cork", cause="cyber-attack")],
 dates=[D("September 2024", "2024-09"), D("February 2023", "2023-02"), D("Sunday 5 February 2023", "2023-02-05")])
A["oireachtas-dail-written-answer-setu-cyber-incident-it-network-recovery-2025"] = dict(
 entities=[E("Organization", "South East Technological University", "SETU"), E("Location", "Waterford"),
           E("Organization", "HEA")],  # the Technological Sector Advancement Fund (a fund) not annotated
 roles=[], relations=[],
 # 'the cyber incident which occurred last October' (→ 2024-10); 'students and lecturers are unable to access the IT
 # network'; the Waterford campus named for the 'continuing lack of IT access'; 'four months' is the asker's count of
 # the lasting loss, not stated as the outage's length: duration null
 outages=[O("South East Technological University", "2024-10", [], loc="Waterford", cause="cyber incident")],
 dates=[D("last October", "2024-10")])
A["oireachtas-dail-written-answer-tu-dublin-tallaght-ransomware-attack-2023"] = dict(
 entities=[E("Person", "Paul Murphy"), E("Organization", "TU Dublin"), E("Location", "Tallaght")],
 roles=[], relations=[],
 # 'On April 1st, 2021, TU Dublin were targeted by a ransomware attack that specifically impacted the IT
 # infrastructure of its Tallaght Campus'; access restored 'before the commencement of the academic year in
 # September 2021' (a bound: end null)
 outages=[O("TU Dublin", "2021-04-01", [], loc="Tallaght", cause="ransomware attack")],
 dates=[D("2021", "2021"), D("April 1st, 2021", "2021-04-01"), D("September 2021", "2021-09")])
# ---- US federal ------------------------------------------------------------------------------------------------
A["us-house-ruppersberger-release-ransomware-funding-baltimore-911-2019"] = dict(
 entities=[E("Location", "Washington, DC"), E("Person", "C.A. Dutch Ruppersberger", "Ruppersberger"),
           E("Location", "U.S."), E("Location", "Baltimore"), E("Organization", "House Appropriations Committee"),
           E("Organization", "U.S. Department of Homeland Security"), E("Organization", "House of Representatives"),
           E("Organization", "Cybersecurity and Infrastructure Security Agency", "CISA"),
           E("Location", "United States"), E("Location", "Atlanta"), E("Organization", "City of Baltimore"),
           E("Service", "911")],
 roles=[], relations=[],  # a congressman: no role
 # 'A separate ransomware attack in March 2018 temporarily disabled Baltimore’s 911 dispatch system' (the city's
 # system: City of Baltimore as provider); 'The City of Baltimore was hit by a ransomware attack on May 7' with a
 # recovery cost but no lost service told: not an outage (as part 1's Colonial Pipeline)
 outages=[O("City of Baltimore", "2018-03", ["911"], loc="Baltimore", cause="ransomware attack")],
 dates=[D("today", "2019-06-11"), D("May 7", "2019-05-07"), D("March 2018", "2018-03")])
# ---- near-miss -----------------------------------------------------------------------------------------------------
A["us-house-energy-commerce-rodgers-comer-letter-medicare-data-breach-ransomware-2023"] = dict(
 entities=[E("Location", "Washington, D.C."), E("Organization", "House Committee on Energy and Commerce"),
           E("Person", "Cathy McMorris Rodgers", "Rodgers"),
           E("Organization", "House Committee on Oversight and Accountability"), E("Person", "James Comer", "Comer"),
           E("Organization", "Centers for Medicare & Medicare Services", "CMS"), E("Person", "Chiquita Brooks-LaSure"),
           E("Company", "Healthcare Management Solutions, LLC", "HMS")],
 # 'CMS Administrator Chiquita Brooks-LaSure' → head (an agency's administrator, as batch 17c's Rocheleau);
 # the committee chairs are legislators: no role
 roles=[R("Chiquita Brooks-LaSure", "head", "Centers for Medicare & Medicare Services")],
 relations=[],
 outages=[],  # near-miss: 'was subject to a ransomware attack on its corporate network' — a data breach, no lost service
 dates=[D("today", "2023-03-20"), D("October 8, 2022", "2022-10-08"), D("October 18, 2022", "2022-10-18"),
        D("December 1, 2022", "2022-12-01")])  # 'a day later', 'two months' skipped

if __name__ == "__main__":
    assert sorted(A) == IDS, set(IDS) ^ set(A)
    b10.IDS, b10.A = IDS, A
    b10.write_splits(sys.argv[1], sys.argv[2])
