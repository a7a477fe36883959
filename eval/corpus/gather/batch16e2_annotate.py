#!/usr/bin/env python3
"""Batch 16e part 2 gold annotations (the 5 texts of batch16e2.py), written from each text alone before newskg was run
on any of them. Split rule fixed before annotation: the 5 ids sorted, then dealt along test, train, dev, train (the
sub-batch's own cycle).
usage: batch16e2_annotate.py POOL_DIR eval/corpus"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, people
import batch10_annotate as b10

IDS = sorted("""oireachtas-committee-broadband-comreg-godfrey-eir-stiles-report-compliance-2018
uk-parliament-beis-committee-report-royal-mail-simon-thompson-ofcom-2023
uk-parliament-beis-justice-committees-prepayment-meters-centrica-utilita-oshea-2023
uk-parliament-public-accounts-committee-rural-broadband-talktalk-bt-witnesses-2013
uk-parliament-trade-industry-committee-ofcom-telecoms-review-energis-pluthero-2005""".split())
A = {}


A["oireachtas-committee-broadband-comreg-godfrey-eir-stiles-report-compliance-2018"] = dict(
 entities=[E("Person", "Jeremy Godfrey"), E("Company", "Eir", "Eircom"), E("Organization", "ComReg"), E("Company", "Cartesian"),
           E("Company", "KPMG")],
 roles=[],  # the witness's post is not stated in the excerpt
 # 'ComReg commissioned Cartesian and KPMG to review ...' -> a customer contract each
 relations=[L("ComReg", "partner", "Cartesian"), L("ComReg", "partner", "KPMG")],
 outages=[],
 dates=[D("2013", "2013")])
A["uk-parliament-beis-committee-report-royal-mail-simon-thompson-ofcom-2023"] = dict(
 entities=[E("Organization", "House of Commons"), E("Organization", "Business, Energy and Industrial Strategy Committee"),
           E("Company", "Royal Mail"), E("Company", "Post Office"), E("Organization", "Ofcom"),
           E("Organization", "Department for Business and Trade"), E("Person", "Simon Thompson")],
 roles=[R("Simon Thompson", "ceo", "Royal Mail")],  # 'the Chief Executive Officer of Royal Mail (Mr Simon Thompson)'
 relations=[],  # the Parliamentary Under Secretary of State is not named; 'Postal Digital Assistants' are no named product
 outages=[],
 dates=[D("17 March 2023", "2023-03-17"), D("17 January 2023", "2023-01-17")])
A["uk-parliament-beis-justice-committees-prepayment-meters-centrica-utilita-oshea-2023"] = dict(
 entities=[E("Organization", "Business, Energy and Industrial Strategy Committee"), E("Organization", "Justice Committee"),
           E("Organization", "House of Commons")]
 + people("Darren Jones", "Bim Afolami", "Alan Brown", "Mark Jenkinson", "Ian Lavery", "Mark Pawsey", "Robert Neill",
          "Janet Daby", "Maria Eagle", "Karl Turner")
 + [E("Person", "Chris O’Shea", "Chris O'Shea", "O’Shea"), E("Company", "Centrica"), E("Person", "Bill Bullen"),
    E("Company", "Utilita"), E("Company", "British Gas"), E("Organization", "Ofgem")],
 roles=[R("Chris O’Shea", "ceo", "Centrica"),
        R("Bill Bullen", "founder", "Utilita"), R("Bill Bullen", "ceo", "Utilita")],  # 'founder and Chief Executive'
 relations=[L("British Gas", "parentOrganization", "Centrica")],  # 'Centrica, which owns British Gas'
 outages=[],
 dates=[D("Tuesday 14 March 2023", "2023-03-14"), D("14 March 2023", "2023-03-14")])
A["uk-parliament-public-accounts-committee-rural-broadband-talktalk-bt-witnesses-2013"] = dict(
 entities=[E("Organization", "Public Accounts Committee")]
 + people("Margaret Hodge", "Richard Bacon", "Stephen Barclay", "Guto Bebb", "Chris Heaton-Harris", "Meg Hillier",
          "Fiona Mactaggart", "Nick Smith", "Ian Swales", "Justin Tomlinson", "Amyas Morse", "David Corner")
 + [E("Organization", "National Audit Office"), E("Person", "Ashley McDougall"), E("Person", "Marius Gallaher"),
    E("Person", "Malcolm Corbett"), E("Organization", "Independent Networks Co-operative Association"),
    E("Person", "Dido Harding"), E("Company", "TalkTalk"), E("Person", "Nicholas James"), E("Company", "UK Broadband"),
    E("Person", "Sean Williams"), E("Company", "BT Group")],
 # 'Comptroller and Auditor General' and 'Alternate Treasury Officer of Accounts': no organisation named with the post
 roles=[R("David Corner", "director", "National Audit Office"), R("Ashley McDougall", "executive", "National Audit Office"),
        R("Malcolm Corbett", "ceo", "Independent Networks Co-operative Association"), R("Dido Harding", "ceo", "TalkTalk"),
        R("Nicholas James", "ceo", "UK Broadband"),
        R("Sean Williams", "director", "BT Group")],  # 'Group Director of Strategy, Policy and Portfolio'
 relations=[], outages=[],
 dates=[D("Wednesday 17 July 2013", "2013-07-17")])
A["uk-parliament-trade-industry-committee-ofcom-telecoms-review-energis-pluthero-2005"] = dict(
 entities=[E("Organization", "Trade and Industry Committee"), E("Person", "Martin O'Neill"), E("Person", "Linda Perham"),
           E("Person", "Robert Smith"), E("Company", "Energis Communications Ltd", "Energis"),
           E("Person", "John Pluthero", "Pluthero"), E("Person", "Andy May")],
 roles=[R("John Pluthero", "ceo", "Energis Communications Ltd"),
        R("Andy May", "director", "Energis Communications Ltd")],  # 'Director, Regulatory and Public Affairs'
 relations=[], outages=[],
 dates=[D("Tuesday 8 March 2005", "2005-03-08"), D("today", "2005-03-08")])

if __name__ == "__main__":
    assert sorted(A) == IDS, set(IDS) ^ set(A)
    b10.IDS, b10.A = IDS, A
    b10.write_splits(sys.argv[1], sys.argv[2])
