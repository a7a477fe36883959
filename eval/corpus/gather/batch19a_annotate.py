#!/usr/bin/env python3
"""Batch 19a gold annotations (the 14 texts of batch19a.py), written from each text alone before newskg was run on any
of them. Split rule fixed before annotation: the 14 ids sorted, then dealt along test, train, dev, train (the batch's
own cycle, as every sub-batch since 8b).
usage: batch19a_annotate.py POOL_DIR eval/corpus"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R, locs
import batch10_annotate as b10
IDS = sorted("""oireachtas-committee-eirgrid-north-south-interconnector-slye-2015
oireachtas-committee-coillte-hurley-carlin-forestry-2020
oireachtas-committee-coillte-chairman-designate-mckenna-2012
oireachtas-committee-ida-ireland-chairperson-designate-orourke-2024
oireachtas-committee-comreg-network-resilience-blaney-2025
oireachtas-committee-climate-action-cru-templederry-wind-farm-2019
oireachtas-written-answer-state-boards-an-post-national-lottery-connell-2012
oireachtas-written-answer-coillte-telecoms-assets-sale-smartply-2015
oireachtas-written-answer-storm-amy-esb-networks-supply-2025
oireachtas-written-answer-dart-power-line-failures-irish-rail-nta-2025
oireachtas-written-answer-bank-of-ireland-kbc-assets-ccpc-2024
oireachtas-written-answer-esb-networks-planned-interruptions-2012
oireachtas-dail-mobile-telephony-coverage-comreg-cavan-monaghan-2015
oireachtas-written-answer-northern-line-freight-derailment-iarnrod-eireann-2008""".split())
A = {}
A["oireachtas-committee-eirgrid-north-south-interconnector-slye-2015"] = dict(
 # Deputies are legislators (no role); 'broadcast live on UPC channel 207, eVision channel 504 and Sky channel 574':
 # the TV platforms people watch on (UPC, Sky: the businesses' names → Company; eVision, a TV service → Service)
 entities=[E("Person", "Patrick O'Donovan"), E("Person", "Helen McEntee"), E("Company", "UPC"), E("Service", "eVision"),
           E("Company", "Sky"), E("Company", "EirGrid"), E("Person", "Fintan Slye"), E("Person", "Rosemary Steen"),
           E("Person", "John Fitzgerald"), E("Person", "Aidan Geoghegan")],
 # 'Mr. Fintan Slye, chief executive' → ceo; 'director of public affairs', 'director of grid development' →
 # director; 'project manager for the North-South interconnector' → executive (a manager)
 roles=[R("Fintan Slye", "ceo", "EirGrid"), R("Rosemary Steen", "director", "EirGrid"),
        R("John Fitzgerald", "director", "EirGrid"), R("Aidan Geoghegan", "executive", "EirGrid")],
 relations=[], outages=[],
 dates=[D("2 p.m.", "2015-04-21T14:00"), D("today", "2015-04-21")])  # 'today's proceedings'; 'Act 2009' a law's year
A["oireachtas-committee-coillte-hurley-carlin-forestry-2020"] = dict(
 entities=[E("Company", "Coillte"), E("Person", "Imelda Hurley"), E("Person", "Mark Carlin")],
 # 'Ms Imelda Hurley, chief executive officer, and Mr. Mark Carlin, managing director' (of Coillte, the witnesses'
 # body) → ceo; managing director → director
 roles=[R("Imelda Hurley", "ceo", "Coillte"), R("Mark Carlin", "director", "Coillte")],
 relations=[], outages=[],
 dates=[D("today", "2020-11-17")])  # "today's meeting"
A["oireachtas-committee-coillte-chairman-designate-mckenna-2012"] = dict(
 entities=[E("Person", "Brendan McKenna", "McKenna"), E("Company", "Coillte"), E("Company", "Abbott Laboratories"),
           E("Location", "Ireland")],
 # 'chairperson designate of Coillte' → chairman (current, as the corpus records a designate: the ESB's 2015 chair
 # designate in dev); 'I worked with Abbott Laboratories for the last 25 years of my career, where I was group
 # general manager for Ireland' → executive at Abbott Laboratories, a post he has left (current false)
 roles=[R("Brendan McKenna", "chairman", "Coillte"), R("Brendan McKenna", "executive", "Abbott Laboratories", False)],
 relations=[], outages=[],
 dates=[])  # 'the last 25 years of my career' not resolvable
A["oireachtas-committee-ida-ireland-chairperson-designate-orourke-2024"] = dict(
 entities=[E("Location", "Leinster House"), E("Person", "Feargal O'Rourke"), E("Organization", "IDA Ireland"),
           E("Person", "John Nolan"), E("Person", "Breda O'Sullivan"), E("Person", "Paul Bailey"),
           E("Person", "John Hughes"), E("Organization", "Department of Enterprise, Trade and Employment")],
 # chairperson designate → chairman; 'secretary and manager corporate services', 'manager corporate strategy and
 # planning', 'head of global marketing and communications' (a function's head inside the agency) → executive;
 # 'principal officer, inward investment unit, Department of ...' → other (a civil-service grade)
 roles=[R("Feargal O'Rourke", "chairman", "IDA Ireland"), R("John Nolan", "executive", "IDA Ireland"),
        R("Breda O'Sullivan", "executive", "IDA Ireland"), R("Paul Bailey", "executive", "IDA Ireland"),
        R("John Hughes", "other", "Department of Enterprise, Trade and Employment")],
 relations=[],  # 'under the aegis of the Minister for Enterprise, Trade and Employment': a minister, not the department
 outages=[],
 dates=[D("Today", "2024-02-21")])  # 'Acts 1986 to 2019' are a law's years
A["oireachtas-committee-comreg-network-resilience-blaney-2025"] = dict(
 entities=[E("Person", "Alison Comyn"), E("Organization", "Department of Culture, Communications and Sport", "Department"),
           E("Organization", "Commission for Communications Regulation", "ComReg"), E("Person", "Patrick Neary"),
           E("Person", "Clive Ryan"), E("Person", "Tim Forde"), E("Person", "Ian Price"), E("Person", "Ronan Daly"),
           E("Person", "Garrett Blaney"), E("Person", "Barbara Delaney"), E("Person", "Donal Leavy"),
           E("Person", "George Merrigan")],
 # Department: 'assistant secretary for communications' → other; 'director of digital connectivity office' →
 # director; 'chief technology officer' → cto; 'principal officer', 'assistant principal' → other.
 # ComReg: 'chairperson' → chairman; the three 'director of ...' → director. A senator: no role.
 roles=[R("Patrick Neary", "other", "Department of Culture, Communications and Sport"),
        R("Clive Ryan", "director", "Department of Culture, Communications and Sport"),
        R("Tim Forde", "cto", "Department of Culture, Communications and Sport"),
        R("Ian Price", "other", "Department of Culture, Communications and Sport"),
        R("Ronan Daly", "other", "Department of Culture, Communications and Sport"),
        R("Garrett Blaney", "chairman", "Commission for Communications Regulation"),
        R("Barbara Delaney", "director", "Commission for Communications Regulation"),
        R("Donal Leavy", "director", "Commission for Communications Regulation"),
        R("George Merrigan", "director", "Commission for Communications Regulation")],
 relations=[], outages=[],
 dates=[D("Today", "2025-11-12"), D("today", "2025-11-12")])  # "Today's meeting", 'here today', "today's meeting"
A["oireachtas-committee-climate-action-cru-templederry-wind-farm-2019"] = dict(
 # 'Oireachtas TV' is the channel viewers watch (Service); the committee is an Organization; 'Templederry Community
 # Wind Farm and Community Renewable Energy' read as two bodies he chairs (a community-owned wind farm → Company; a
 # community energy group → Organization)
 entities=[E("Service", "Oireachtas TV"), E("Organization", "Oireachtas Joint Committee on Climate Action"),
           E("Person", "John Fogarty", "Fogarty"), E("Company", "Templederry Community Wind Farm"),
           E("Organization", "Community Renewable Energy"), E("Person", "Paul Kenny"),
           E("Organization", "Tipperary Energy Agency"), E("Person", "Paul McGowan"), E("Person", "John Melvin"),
           E("Person", "Lisa Fahy"), E("Organization", "Commission for Regulation of Utilities", "CRU")],
 roles=[R("John Fogarty", "chairman", "Templederry Community Wind Farm"),
        R("John Fogarty", "chairman", "Community Renewable Energy"),
        R("Paul Kenny", "ceo", "Tipperary Energy Agency"),
        R("Paul McGowan", "chairman", "Commission for Regulation of Utilities"),
        R("John Melvin", "director", "Commission for Regulation of Utilities"),
        R("Lisa Fahy", "executive", "Commission for Regulation of Utilities")],  # 'manager of retail markets'
 relations=[], outages=[],
 dates=[])  # 'Defamation Act 2009' a law's year
A["oireachtas-written-answer-state-boards-an-post-national-lottery-connell-2012"] = dict(
 # 'An Post National Lottery' (the heading) and 'the National Lottery Company' name the same company
 entities=[E("Person", "Gerald Nash"), E("Company", "An Post National Lottery", "National Lottery Company"),
           E("Person", "Donal Connell", "Connell"), E("Company", "An Post"),
           E("Organization", "Joint Oireachtas Committee on Finance Public Expenditure and Reform", "Committee")],
 roles=[R("Donal Connell", "chairman", "An Post National Lottery")],
 # 'the majority shareholder of the National Lottery Company (i.e. An Post)' → owned by An Post
 relations=[L("An Post National Lottery", "parentOrganization", "An Post")],
 outages=[],
 dates=[D("February 29th 2012", "2012-02-29"), D("22 November 2011", "2011-11-22"),
        D("29 February 2012", "2012-02-29"), D("14 December 2011", "2011-12-14")])  # 'Act 1986' a law's year
A["oireachtas-written-answer-coillte-telecoms-assets-sale-smartply-2015"] = dict(
 entities=[E("Company", "Coillte Teoranta", "Coillte"), E("Company", "SmartPly"), E("Location", "Belview Port"),
           E("Location", "Waterford")],
 # 'one of their panel board subsidiaries, SmartPly' → SmartPly's parent is Coillte; the sale of a portfolio of
 # telecoms assets (buyer unnamed) is an asset sale: nothing
 relations=[L("SmartPly", "parentOrganization", "Coillte Teoranta")],
 roles=[], outages=[],
 dates=[D("June 2014", "2014-06"), D("June 2013", "2013-06")])  # 'Forestry Act 1988' a law's year
A["oireachtas-written-answer-storm-amy-esb-networks-supply-2025"] = dict(
 entities=[E("Company", "ESB Networks", "ESB-N"), E("Organization", "National Directorate for Fire and Emergency Management", "NDFEM"),
           E("Organization", "Met Éireann"), E("Company", "EirGrid")],
 roles=[], relations=[],
 # the question tells customers' 'loss of supply' on the 'national electricity distribution system following storm
 # Amy' and 'full restoration in the affected regions': ESB Networks' distribution network lost supply in the
 # storm, which arrived 'on Friday 3 October' (2025 against `published`); cause the storm
 outages=[O("ESB Networks", "2025-10-03", [], cause="Storm Amy")],
 dates=[D("Friday 3 October", "2025-10-03")])  # 'that weekend', '24 hours' (a threshold) skipped
A["oireachtas-written-answer-dart-power-line-failures-irish-rail-nta-2025"] = dict(
 entities=[E("Service", "DART"), E("Organization", "National Transport Authority", "NTA"),
           E("Company", "Irish Rail", "Iarnród Éireann"), E("Location", "Greater Dublin Area", "GDA")],
 roles=[],
 # 'The NTA works closely with operators, in this case, Irish Rail ... The daily operation of services is the
 # responsibility of the operator' (of the DART services) → Irish Rail runs DART
 relations=[L("DART", "provider", "Irish Rail")],
 outages=[],  # near-miss: 'two recent power line failures (details supplied)' counted in the question, not told
 dates=[])
A["oireachtas-written-answer-bank-of-ireland-kbc-assets-ccpc-2024"] = dict(
 entities=[E("Person", "Paul Murphy"), E("Organization", "Competition and Consumer Protection Commission", "CCPC"),
           E("Organization", "Ireland Strategic Investment Fund"),
           E("Company", "Governor and Company of the Bank of Ireland", "Bank of Ireland"),
           E("Company", "KBC Bank Ireland plc", "KBC")],
 roles=[],
 relations=[],  # near-miss: 'acquisition ... of certain assets and liabilities of KBC Bank Ireland plc' is an asset purchase
 outages=[],
 dates=[D("May 2022", "2022-05")])
A["oireachtas-written-answer-esb-networks-planned-interruptions-2012"] = dict(
 entities=[E("Person", "Michael Healy-Rae"), E("Organization", "Commission for Energy Regulation", "CER"),
           E("Company", "ESB Networks")],
 roles=[], relations=[],
 outages=[],  # near-miss: planned interruptions described in general, none told
 dates=[])
A["oireachtas-dail-mobile-telephony-coverage-comreg-cavan-monaghan-2015"] = dict(
 entities=[E("Organization", "ComReg"), E("Location", "Cavan"), E("Location", "Monaghan")],
 roles=[], relations=[],
 outages=[],  # near-miss: an unnamed operator's 'disruptions may have been experienced' during an upgrade
 dates=[D("2014", "2014")])  # 'in the last year' a span, skipped
A["oireachtas-written-answer-northern-line-freight-derailment-iarnrod-eireann-2008"] = dict(
 entities=locs("Skerries", "Dundalk", "Drogheda", "Balbriggan", "Dublin")
          + [E("Company", "Iarnród Éireann"), E("Company", "Dublin Bus"), E("Organization", "Investigation Unit"),
             E("Organization", "Railway Safety Commission")],
 roles=[],
 relations=[L("Investigation Unit", "parentOrganization", "Railway Safety Commission")],  # 'the Investigation Unit of the ...'
 outages=[],  # near-miss: a line closed by a freight derailment (a physical accident)
 dates=[])  # 'Railway Safety Act 2005' a law's year
if __name__ == "__main__":
    assert sorted(A) == IDS, set(IDS) ^ set(A)
    b10.IDS, b10.A = IDS, A
    b10.write_splits(sys.argv[1], sys.argv[2])
