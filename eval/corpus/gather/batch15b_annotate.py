#!/usr/bin/env python3
"""Batch 15b gold annotations (the 19 texts of batch15b.py), written from each text alone before newskg was run on any
of them. Split rule fixed before annotation: the 19 ids sorted, then dealt along test, train, dev, train (the
sub-batch's own cycle, as every sub-batch since 8b).
usage: batch15b_annotate.py POOL_DIR eval/corpus"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R
import batch10_annotate as b10

IDS = sorted("""ec-competition-newsroom-antitrust-qualcomm-google-shopping ec-competition-newsroom-cartels-end-of-life-vehicles-ubs
ec-competition-newsroom-court-rulings-bategu-intel ec-competition-newsroom-court-rulings-thyssenkrupp-qualcomm-air-cargo
hansard-written-answer-universal-credit-ict-outage-2016 oireachtas-committee-aer-lingus-systems-outage-2022
oireachtas-committee-aviation-sector-ryanair-aer-lingus-2020 oireachtas-committee-comreg-consumer-complaints-process-2020
oireachtas-committee-dublin-airport-delays-daa-2022 oireachtas-committee-eir-broadband-telecommunications-issues-2020
oireachtas-committee-hse-cyberattack-update-2021 oireachtas-committee-proposed-sale-aer-lingus-2015
oireachtas-committee-ryanair-service-provision-2017 oireachtas-dail-hse-cyberattack-statements-2021
oireachtas-dail-leaders-questions-eir-storm-eowyn-2025 oireachtas-dail-response-storm-eowyn-esb-power-outages-2025
oireachtas-written-answer-broadband-outages-storm-eowyn-2025 oireachtas-written-answer-emergency-call-resilience-storm-eowyn-2025
uk-parliament-treasury-committee-hmrc-customer-service-outage-2022""".split())
A = {}
EC = E("Organization", "European Commission", "Commission")
GC = E("Organization", "General Court")

# ---- European Commission competition newsroom (published null: only absolute dates) ----------------------------
A["ec-competition-newsroom-antitrust-qualcomm-google-shopping"] = dict(
 entities=[E("Company", "Qualcomm"), EC, GC, E("Company", "Google"), E("Company", "Alphabet"),
           E("Organization", "Court of Justice of the European Union", "Court of Justice"), E("Service", "Google Shopping")],
 roles=[],
 relations=[L("Google Shopping", "provider", "Google")],  # Alphabet as Google's parent is not stated in the text
 outages=[], dates=[D("2019", "2019")])
A["ec-competition-newsroom-cartels-end-of-life-vehicles-ubs"] = dict(
 entities=[E("Organization", "Commission"), E("Organization", "European Automobiles Manufacturers' Association", "ACEA"),
           E("Company", "Mercedes-Benz"), E("Company", "UBS Group"), E("Company", "UBS"), GC, E("Company", "Bank of America"),
           E("Company", "Natixis"), E("Company", "Nomura"), E("Company", "NatWest", "RBS"), E("Company", "UniCredit"),
           E("Company", "Portigon", "WestLB"), E("Company", "Swenters"), E("Location", "Belgium")],
 roles=[],
 relations=[],  # cartel members and fines: no relation; UBS's ownership by UBS Group is not stated
 outages=[], dates=[D("2021", "2021"), D("2023", "2023")])
A["ec-competition-newsroom-court-rulings-bategu-intel"] = dict(
 entities=[E("Company", "Bategu Gummitechnologie", "Bategu"), EC, GC, E("Company", "Intel Corporation", "Intel")],
 roles=[], relations=[], outages=[],
 dates=[D("15 Februrary 2023", "2023-02-15"), D("2023", "2023")])
A["ec-competition-newsroom-court-rulings-thyssenkrupp-qualcomm-air-cargo"] = dict(
 entities=[EC, GC, E("Company", "Tata Steel"), E("Company", "ThyssenKrupp"), E("Organization", "Court of Justice"),
           E("Company", "Dell"), E("Company", "Hewlett Packard"), E("Company", "Qualcomm")],
 roles=[],
 relations=[],  # a prohibited joint venture: nothing
 outages=[], dates=[D("2019", "2019"), D("2015", "2015"), D("2018", "2018"), D("2017", "2017")])

# ---- outages and service disruptions -------------------------------------------------------------------------
A["hansard-written-answer-universal-credit-ict-outage-2016"] = dict(
 entities=[E("Service", "universal credit portal", "UC portal"),  # 'the Department' is not named in full
           E("Location", "Great Britain")],
 roles=[], relations=[],
 # an 'isolated supplier outage' (supplier unnamed, no date in the text) that hit 24 of 712 Jobcentres
 outages=[O(None, None, ["universal credit portal"])],
 dates=[])
A["oireachtas-committee-aer-lingus-systems-outage-2022"] = dict(
 entities=[E("Person", "Lynne Embleton"), E("Company", "Aer Lingus"), E("Location", "UK")],
 roles=[],  # the speaker's title is not in the text
 relations=[],  # the cloud services provider and its Internet services provider are not named
 # Aer Lingus's core systems down: from the cable damage just after 8 a.m. until 5.30 p.m. ('almost ten hours')
 outages=[O("Aer Lingus", "2022-09-10", [], start="2022-09-10T08:00", end="2022-09-10T17:30", dur=9.5, loc="UK",
            cause="fibre optic cable damaged by construction works")],
 dates=[D("10 September", "2022-09-10"), D("Saturday, 10 September 2022", "2022-09-10"), D("Saturday morning", "2022-09-10"),
        D("5.30 p.m.", "2022-09-10T17:30"), D("8 a.m.", "2022-09-10T08:00")])
A["oireachtas-committee-hse-cyberattack-update-2021"] = dict(
 entities=[E("Person", "Paul Reid"), E("Organization", "HSE")],
 roles=[],  # the speaker's title is not in the text
 relations=[],
 outages=[O("HSE", "2021-05-14", [], cause="Conti ransomware attack")],  # 'Conti' is malware: no entity
 dates=[D("14 May", "2021-05-14")])
A["oireachtas-dail-hse-cyberattack-statements-2021"] = dict(
 entities=[E("Organization", "Department of Health"), E("Organization", "HSE"), E("Organization", "National Cyber Security Centre"),
           E("Organization", "An Garda Síochána"), E("Organization", "Defence Forces"), E("Person", "Jill Byrne"), E("Person", "Cian"),
           E("Company", "RTÉ"), E("Person", "Donna-Marie Cullen")],
 roles=[],  # the speaking minister is not named in the text
 relations=[],
 # one attack, 'the early hours of last Friday' before Tuesday 18 May: the HSE's and the Department's systems shut down
 outages=[O("HSE", "2021-05-14", ["Department of Health"], cause="ransomware attack")],
 dates=[D("last Friday", "2021-05-14"), D("today", "2021-05-18"), D("the end of May", "2021-05")])
A["uk-parliament-treasury-committee-hmrc-customer-service-outage-2022"] = dict(
 entities=[E("Organization", "Treasury Committee"), E("Organization", "HM Revenue and Customs", "HMRC"), E("Person", "Harriett Baldwin")],
 roles=[],  # the committee's chair is an MP: no role (batch-10 decision)
 relations=[],
 outages=[O("HM Revenue and Customs", "2022-12-01", [], cause="IT change")],  # phone lines and online services, 1-5 December
 dates=[D("today", "2022-12-08"), D("Thursday 1", "2022-12-01"), D("Monday 5 December", "2022-12-05"),
        D("Wednesday 30 November", "2022-11-30")])
A["oireachtas-written-answer-emergency-call-resilience-storm-eowyn-2025"] = dict(
 entities=[E("Service", "Emergency Call Answering System", "ECAS"), E("Service", "999"), E("Service", "112")],
 # (post-annotation check: '999/112' was one entity; the text names two emergency numbers, so two Services)
 roles=[], relations=[],
 # ECAS itself 'at no time ... interrupted' (near-miss); fixed and mobile service lost after the storm (operators
 # unnamed, the storm's date not in the text)
 outages=[O(None, None, [], cause="Storm Éowyn")],
 dates=[])
A["oireachtas-written-answer-broadband-outages-storm-eowyn-2025"] = dict(
 entities=[E("Company", "ESB"), E("Service", "PowerCheck"), E("Organization", "Commission for Communications Regulation", "ComReg"),
           E("Person", "O'Donovan"), E("Organization", "Telecommunications Industry Ireland", "TII")],
 roles=[],  # a minister with no country named: no role
 relations=[L("PowerCheck", "provider", "ESB")],
 outages=[O(None, None, [], cause="Storm Éowyn")],  # operators unnamed, no date for the storm in the text
 dates=[D("2023", "2023"), D("14 February", "2025-02-14")])
A["oireachtas-dail-leaders-questions-eir-storm-eowyn-2025"] = dict(
 entities=[E("Person", "Fitzmaurice"), E("Company", "Eir"), E("Organization", "ComReg"), E("Person", "O'Donovan"),
           E("Person", "Calleary"), E("Company", "ESB Networks")],
 roles=[],  # ministers with no country named, deputies: no role
 relations=[],
 outages=[O("Eir", None, [], cause="Storm Éowyn")],  # storm-related repairs for Eir's customers; the storm's date not given
 dates=[D("3 June", "2025-06-03")])
A["oireachtas-dail-response-storm-eowyn-esb-power-outages-2025"] = dict(
 entities=[E("Company", "ESB"), E("Location", "Europe"), E("Location", "Brosna"), E("Location", "County Kerry"), E("Organization", "CRU")],
 roles=[], relations=[],
 # 'Eighteen days later, power has not been restored' on 11 February: the storm's cuts began 24 January; the ten and 22
 # Brosna power cuts are counted, not told one by one (no event annotated for them)
 outages=[O("ESB", "2025-01-24", [], cause="Storm Éowyn")],
 dates=[D("2 July 2024", "2024-07-02"), D("2023", "2023")])

# ---- hearings with company executives ------------------------------------------------------------------------------
A["oireachtas-committee-aviation-sector-ryanair-aer-lingus-2020"] = dict(
 entities=[E("Person", "Eddie Wilson"), E("Company", "Ryanair"), E("Person", "Donal Moriarty"), E("Person", "Reid Moody"),
           E("Company", "Aer Lingus")],
 roles=[R("Eddie Wilson", "ceo", "Ryanair"), R("Donal Moriarty", "ceo", "Aer Lingus"), R("Reid Moody", "executive", "Aer Lingus")],
 relations=[], outages=[],
 dates=[D("today", "2020-10-28")])
A["oireachtas-committee-comreg-consumer-complaints-process-2020"] = dict(
 entities=[E("Organization", "Commission for Communications Regulation", "ComReg"), E("Person", "Garrett Blaney", "Blaney"),
           E("Person", "Jeremy Godfrey"), E("Person", "Robert Mourik"), E("Person", "Barbara Delaney")],
 roles=[R("Garrett Blaney", "chairman", "Commission for Communications Regulation"),
        R("Jeremy Godfrey", "other", "Commission for Communications Regulation"),
        R("Robert Mourik", "other", "Commission for Communications Regulation"),
        R("Barbara Delaney", "director", "Commission for Communications Regulation")],
 relations=[], outages=[],  # the committee's own 'technical issues': no service lost
 dates=[])
A["oireachtas-committee-dublin-airport-delays-daa-2022"] = dict(
 entities=[E("Location", "Dublin Airport"), E("Company", "Dublin Airport Authority", "DAA"), E("Person", "Dalton Philips", "Philips"),
           E("Person", "Gary McLean"), E("Person", "Catherine Gubbins"), E("Person", "Vincent Harrison"), E("Person", "Maurice Hennessy"),
           E("Person", "Louise Bannon"), E("Person", "Brendan O'Hanlon"), E("Person", "Kevin Cullinane"), E("Service", "RTÉNewsNow")],
 roles=[R("Dalton Philips", "ceo", "Dublin Airport Authority"), R("Gary McLean", "executive", "Dublin Airport"),
        R("Catherine Gubbins", "cfo", "Dublin Airport Authority"), R("Vincent Harrison", "director", "Dublin Airport"),
        R("Maurice Hennessy", "executive", "Dublin Airport Authority"), R("Louise Bannon", "head", "Dublin Airport Authority"),
        R("Brendan O'Hanlon", "head", "Dublin Airport Authority"), R("Kevin Cullinane", "head", "Dublin Airport Authority")],
 relations=[], outages=[],  # near-miss: passenger delays, no system failure
 dates=[D("today", "2022-06-01"), D("the June bank holiday weekend", "2022-06")])
A["oireachtas-committee-eir-broadband-telecommunications-issues-2020"] = dict(
 entities=[E("Company", "Eir"), E("Person", "Lennon")],
 roles=[R("Lennon", "ceo", "Eir")],
 relations=[], outages=[],  # near-miss: customer-care failings
 dates=[D("today", "2020-11-25"), D("2018", "2018")])
A["oireachtas-committee-proposed-sale-aer-lingus-2015"] = dict(
 entities=[E("Company", "Aer Lingus"), E("Company", "International Aviation Group", "IAG"), E("Location", "Dublin"), E("Location", "Cork"),
           E("Organization", "Department of Transport, Tourism and Sport"), E("Organization", "Irish takeover panel"),
           E("Organization", "Irish Tourist Industry Confederation", "ITIC"), E("Person", "Emmet Oliver"), E("Person", "Kieran Donoghue"),
           E("Organization", "IDA Ireland"), E("Person", "Niall O'Donnellan"), E("Organization", "Enterprise Ireland"),
           E("Person", "Neil Walker"), E("Person", "Mary Rose Burke"), E("Organization", "IBEC"), E("Person", "Stephen McNally"),
           E("Person", "Tim Fenn"), E("Organization", "Irish Hotels Federation"), E("Person", "Adrian Cummins"),
           E("Organization", "Restaurant Association of Ireland")],
 roles=[],  # witnesses named with their organisations but no titles
 relations=[],  # a potential sale in an offer period: nothing
 outages=[], dates=[D("today", "2015-02-03")])
A["oireachtas-committee-ryanair-service-provision-2017"] = dict(
 entities=[E("Company", "Ryanair"), E("Person", "Cathy Mannion"), E("Person", "David Hodnett"), E("Person", "Patricia Barton"),
           E("Person", "Maurice O’Connor"), E("Organization", "Irish Aviation Authority", "IAA"), E("Person", "James Courtney"),
           E("Organization", "Irish Air Line Pilots' Association"), E("Person", "Michael O'Leary", "O'Leary")],
 # the aviation regulator is named in the text only through its office holder's title: no entity, so no roles for
 # Cathy Mannion, David Hodnett, Patricia Barton
 roles=[R("Maurice O’Connor", "executive", "Irish Aviation Authority"), R("James Courtney", "executive", "Irish Aviation Authority"),
        R("Michael O'Leary", "ceo", "Ryanair")],
 relations=[], outages=[],  # near-miss: flights cut by the airline, no system failure
 dates=[])

if __name__ == "__main__":
    assert sorted(A) == IDS, set(IDS) ^ set(A)
    b10.IDS, b10.A = IDS, A
    b10.write_splits(sys.argv[1], sys.argv[2])
