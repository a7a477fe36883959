#!/usr/bin/env python3
"""Batch 15g gold annotations (the 14 texts of batch15g.py), written from each text alone before newskg was run on any
of them. Split rule fixed before annotation: the 14 ids sorted, then dealt along test, train, dev, train (the
sub-batch's own cycle, as every sub-batch since 8b).
usage: batch15g_annotate.py POOL_DIR eval/corpus"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R
import batch10_annotate as b10

IDS = sorted("""hansard-commons-water-supplies-east-grinstead-homes-without-water-2026
hansard-commons-water-supplies-east-grinstead-south-east-water-spokesperson-2026
hansard-written-answer-govia-thameslink-industry-readiness-board-2018
hansard-written-answer-thameslink-southern-great-northern-lser-go-ahead-keolis-2022
oireachtas-committee-eir-broadband-njj-consortium-purchase-2018
oireachtas-committee-national-broadband-plan-granahan-mccourt-consortium-kpmg-2019
oireachtas-committee-national-broadband-plan-holding-company-tetrad-2019
oireachtas-committee-national-broadband-plan-mccourt-global-guarantor-2019
oireachtas-dail-social-welfare-christmas-double-payments-error-2005
oireachtas-written-answer-esb-networks-power-restoration-irish-water-2018
oireachtas-written-answer-social-welfare-payments-euro-settlement-closure-2014
uk-parliament-beis-committee-oral-evidence-post-office-horizon-witnesses-2020
uk-parliament-efra-committee-evidence-water-white-paper-water-uk-united-utilities-2012
uk-parliament-efra-committee-oral-evidence-thames-water-finances-kemble-2023""".split())
A = {}

# ---- UK Parliament: a water company's supply outages -------------------------------------------------------------
A["hansard-commons-water-supplies-east-grinstead-homes-without-water-2026"] = dict(
 entities=[E("Organization", "EFRA Committee"), E("Person", "Dave Hinton"), E("Organization", "Drinking Water Inspectorate"),
           E("Organization", "Ofwat"), E("Company", "South East Water")],
 roles=[],  # 'The chief executive of South East Water' is not named; Dave Hinton is not tied to a company in this text
 relations=[],
 # 'About 5,000 homes in my constituency were without water this weekend' (a Monday 12 January 2026 sitting: the
 # weekend of 10-11 January; the start day is not given, so the month); South East Water is the supplier that failed
 outages=[O("South East Water", "2026-01", [])],
 dates=[])  # 'this weekend': skipped by the guidelines
A["hansard-commons-water-supplies-east-grinstead-south-east-water-spokesperson-2026"] = dict(
 entities=[E("Organization", "Liberal Democrats", "Liberal Democrat"), E("Company", "South East Water"), E("Location", "Tunbridge Wells"),
           E("Person", "Mike Martin"), E("Organization", "Drinking Water Inspectorate")],
 roles=[],  # South East Water's chief executive officer is not named
 relations=[],
 # 'the latest water outage' (16,500 residents) at South East Water, whose customers suffer 'water supply
 # interruptions'; the text gives no day
 outages=[O("South East Water", None, [])],
 dates=[])  # 'the last five years' is not resolvable to one value
# ---- UK Parliament: committee hearings and written answers -----------------------------------------------------
A["hansard-written-answer-govia-thameslink-industry-readiness-board-2018"] = dict(
 entities=[E("Organization", "Department for Transport"), E("Organization", "Thameslink Industry Readiness Board"), E("Person", "Chris Gibb"),
           E("Company", "Network Rail"), E("Company", "Govia Thameslink Railway"), E("Company", "Southeastern"), E("Company", "Stagecoach Group"),
           E("Company", "East Midlands Trains"), E("Company", "Virgin Trains East Coast"), E("Company", "Arriva Rail London"),
           E("Organization", "Office of Rail and Road"), E("Company", "Siemens"), E("Organization", "Independent Assurance Panel")],
 roles=[R("Chris Gibb", "chairman", "Thameslink Industry Readiness Board")],  # 'independently chaired by', 'the independent Chair'
 relations=[],  # Stagecoach 'Representing' two operators states no ownership; Siemens supplies a fleet, no named customer
 outages=[],
 dates=[D("4 June 2018", "2018-06-04"), D("13 January 2017", "2017-01-13")])
A["hansard-written-answer-thameslink-southern-great-northern-lser-go-ahead-keolis-2022"] = dict(
 entities=[E("Organization", "Department for Transport"), E("Organization", "Transport Select Committee"),
           E("Company", "London & South Eastern Railway Limited", "LSER", "London and Southeastern Railway"),
           E("Company", "Go-Ahead"), E("Company", "Keolis"), E("Company", "Govia Thameslink Railway")],
 roles=[],  # the Minister of State for Transport: a minister, no role; the owning groups' Chairs are not named
 relations=[L("London & South Eastern Railway Limited", "parentOrganization", "Go-Ahead"),  # 'joint-owning groups, Go-Ahead and Keolis'
            L("London & South Eastern Railway Limited", "parentOrganization", "Keolis"),
            L("Go-Ahead", "partner", "Keolis")],  # joint owners: a joint venture
 outages=[],
 dates=[D("2 November 2021", "2021-11-02"), D("1 April 2022", "2022-04-01")])
A["uk-parliament-beis-committee-oral-evidence-post-office-horizon-witnesses-2020"] = dict(
 entities=[E("Organization", "Business, Energy and Industrial Strategy Committee"), E("Service", "Horizon"), E("Company", "Post Office"),
           E("Organization", "House of Commons"), E("Person", "Rachel Reeves"), E("Person", "Alan Brown"), E("Person", "Richard Fuller"),
           E("Person", "Nusrat Ghani"), E("Person", "Paul Howell"), E("Person", "Mark Jenkinson"), E("Person", "Peter Kyle"),
           E("Person", "Pat McFadden"), E("Person", "Anna McMorrin"), E("Person", "Mark Pawsey"), E("Person", "Alexander Stafford"),
           E("Person", "Wendy Buffrey", "Wendy"), E("Person", "Alan Bates", "Alan"), E("Organization", "Justice for Subpostmasters Alliance"),
           E("Person", "Tracy Felstead", "Tracy"), E("Person", "Andy Furey"), E("Organization", "Communication Workers Union"),
           E("Person", "Calum Greenhow"), E("Organization", "National Federation of SubPostmasters"), E("Person", "Ron Warmington"),
           E("Company", "Second Sight Forensic Accountants"), E("Person", "Ian Henderson")],
 roles=[R("Alan Bates", "founder", "Justice for Subpostmasters Alliance"),
        R("Andy Furey", "other", "Communication Workers Union"),  # Assistant Secretary
        R("Calum Greenhow", "ceo", "National Federation of SubPostmasters"),
        R("Ron Warmington", "other", "Second Sight Forensic Accountants"),  # Chartered Accountant
        R("Ian Henderson", "other", "Second Sight Forensic Accountants")],
 # Rachel Reeves chairs the committee (a legislator: no role); 'Former Subpostmaster' is no title at a named organisation
 relations=[],  # the text does not say who makes or runs Horizon
 outages=[],
 dates=[D("Tuesday 10 March 2020", "2020-03-10"), D("10 March 2020", "2020-03-10"), D("this morning", "2020-03-10")])
A["uk-parliament-efra-committee-evidence-water-white-paper-water-uk-united-utilities-2012"] = dict(
 entities=[E("Organization", "Environment, Food and Rural Affairs Committee"), E("Person", "Anne McIntosh"), E("Person", "George Eustice"),
           E("Person", "Barry Gardiner"), E("Person", "Neil Parish"), E("Person", "Amber Rudd"), E("Person", "Pamela Taylor", "Pamela"),
           E("Organization", "Water UK"), E("Person", "Peter Simpson"), E("Company", "Anglian Water"), E("Person", "Steve Mogford"),
           E("Company", "United Utilities"), E("Location", "England"), E("Organization", "Environment Agency")],
 roles=[R("Pamela Taylor", "ceo", "Water UK"), R("Peter Simpson", "director", "Anglian Water"),  # Managing Director
        R("Steve Mogford", "director", "United Utilities"),  # the witness list: Managing Director
        R("Steve Mogford", "ceo", "United Utilities")],  # his own words: Chief Executive
 relations=[], outages=[],
 dates=[D("Wednesday 7 March 2012", "2012-03-07"), D("this afternoon", "2012-03-07")])
A["uk-parliament-efra-committee-oral-evidence-thames-water-finances-kemble-2023"] = dict(
 entities=[E("Organization", "Environment, Food and Rural Affairs Committee", "Environment, Food and Rural Affairs Select Committee"),
           E("Organization", "House of Commons"), E("Person", "Robert Goodwill", "Sir Robert"), E("Person", "Ian Byrne"),
           E("Person", "Barry Gardiner"), E("Person", "Neil Hudson"), E("Person", "Cat Smith"), E("Person", "Derek Thomas"),
           E("Person", "Alastair Cochran"), E("Company", "Thames Water"), E("Person", "Adrian Montague", "Sir Adrian"),
           E("Person", "Cathryn Ross"), E("Person", "David Black"), E("Organization", "Ofwat"), E("Person", "Iain Coucher"),
           E("Company", "Kemble")],
 roles=[R("Alastair Cochran", "ceo", "Thames Water"), R("Alastair Cochran", "cfo", "Thames Water"),  # Co-Chief Executive and CFO
        R("Adrian Montague", "chairman", "Thames Water"), R("Adrian Montague", "chairman", "Kemble"),
        R("Cathryn Ross", "ceo", "Thames Water"), R("David Black", "ceo", "Ofwat"), R("Iain Coucher", "chairman", "Ofwat")],
 relations=[],  # Kemble's tie to Thames Water is not stated (one chair of both)
 outages=[],
 dates=[D("Tuesday 12 December 2023", "2023-12-12"), D("12 December 2023", "2023-12-12"), D("10 July", "2023-07-10"),
        D("July", "2023-07")])
# ---- Houses of the Oireachtas ----------------------------------------------------------------------------------
A["oireachtas-committee-eir-broadband-njj-consortium-purchase-2018"] = dict(
 entities=[E("Person", "Carolan Lennon"), E("Location", "Ireland"), E("Company", "Eir"), E("Person", "Gary Healy"), E("Company", "Open Eir"),
           E("Company", "NJJ group", "NJJ"), E("Person", "Xavier Niel")],
 roles=[R("Gary Healy", "director", "Eir")],  # 'our director of regulatory and public policy'; Lennon's own title is cut off
 relations=[L("NJJ group", "acquired", "Eir"), L("Eir", "parentOrganization", "NJJ group")],  # 'a consortium led by the NJJ group ... completed the purchase of Eir'
 outages=[],
 dates=[D("April 2018", "2018-04")])
A["oireachtas-committee-national-broadband-plan-granahan-mccourt-consortium-kpmg-2019"] = dict(
 entities=[E("Company", "Granahan McCourt"), E("Company", "John Laing"), E("Company", "SSE"), E("Company", "Enet"),
           E("Company", "McCourt Global LLC"), E("Company", "The Sunday Times"), E("Person", "Justine McCarthy"), E("Company", "Tetrad"),
           E("Company", "Granahan McCourt Dublin (Ireland) Limited"), E("Company", "KPMG")],
 roles=[],  # Justine McCarthy writes in The Sunday Times: no title given
 relations=[L("Granahan McCourt", "partner", "John Laing"), L("Granahan McCourt", "partner", "SSE"),
            L("Granahan McCourt", "partner", "Enet")],  # members of 'the Granahan McCourt consortium' (a joint bid; they withdrew)
 outages=[], dates=[])
A["oireachtas-committee-national-broadband-plan-holding-company-tetrad-2019"] = dict(
 entities=[E("Person", "Mulligan"), E("Company", "Granahan McCourt Dublin (Ireland) Limited"), E("Company", "Tetrad Corporation", "Tetrad"),
           E("Organization", "Department of Public Expenditure and Reform"), E("Person", "Watt"), E("Company", "Granahan McCourt"),
           E("Person", "McCourt")],
 roles=[R("Watt", "head", "Department of Public Expenditure and Reform")],  # Secretary General of the Department
 relations=[],  # the holding company wholly owned by Granahan McCourt Dublin (Ireland) Limited is not named
 outages=[],
 dates=[D("15 May", "2019-05-15")])
A["oireachtas-committee-national-broadband-plan-mccourt-global-guarantor-2019"] = dict(
 entities=[E("Person", "Frank McCourt"), E("Company", "McCourt Global LLC"), E("Company", "Granahan McCourt"), E("Person", "David McCourt"),
           E("Location", "New York"), E("Person", "Peter Smyth"), E("Person", "Ó hÓbáin")],
 roles=[],  # 'Frank McCourt of McCourt Global LLC', 'David McCourt's company': no titles
 relations=[],  # McCourt Global 'relied on to act as a guarantor or to assist': no stated contract between the two
 outages=[],
 dates=[D("the summer of 2018", "2018")])
A["oireachtas-dail-social-welfare-christmas-double-payments-error-2005"] = dict(
 entities=[E("Location", "Ireland")],
 roles=[], relations=[],
 outages=[],  # near-miss: a wrong instruction paid 47,977 customers twice; no service was lost
 dates=[D("2004", "2004"), D("17 December", "2004-12-17"), D("24 December", "2004-12-24"),
        D("Thursday, 23 December 2004", "2004-12-23")])
A["oireachtas-written-answer-esb-networks-power-restoration-irish-water-2018"] = dict(
 entities=[E("Person", "Eamon Scanlon"), E("Company", "ESB Networks", "ESBN"), E("Company", "Irish Water")],
 roles=[], relations=[],  # a line of communication between the two is no partnership or contract
 outages=[],  # near-miss: restoration priorities, no outage told
 dates=[])
A["oireachtas-written-answer-social-welfare-payments-euro-settlement-closure-2014"] = dict(
 entities=[E("Person", "Willie O'Dea"), E("Organization", "Irish Payment Services Organisation", "IPSO"), E("Organization", "EU"),
           E("Organization", "Department of Social Protection")],
 roles=[], relations=[],
 outages=[],  # near-miss: the euro settlement system's planned bank-holiday closure, no failure
 dates=[D("2 May 2014", "2014-05-02"), D("Thursday 1 May 2014", "2014-05-01"), D("Thursday 1 May", "2014-05-01"),
        D("Friday 2 May", "2014-05-02"), D("Wednesday 30 April", "2014-04-30"), D("Wednesday 30 of April", "2014-04-30")])

if __name__ == "__main__":
    assert sorted(A) == IDS, set(IDS) ^ set(A)
    b10.IDS, b10.A = IDS, A
    b10.write_splits(sys.argv[1], sys.argv[2])
