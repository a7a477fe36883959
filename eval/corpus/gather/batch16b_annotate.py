#!/usr/bin/env python3
"""Batch 16b gold annotations (the 20 texts of batch16b.py), written from each text alone before newskg was run on any
of them. Split rule fixed before annotation: the 20 ids sorted, then dealt along test, train, dev, train (the
sub-batch's own cycle, as every sub-batch since 8b).
usage: batch16b_annotate.py POOL_DIR eval/corpus"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, people
import batch10_annotate as b10

IDS = sorted("""hansard-commons-northern-rock-sale-virgin-money-statement-2011
hansard-commons-opel-vauxhall-sale-to-psa-group-urgent-question-2017
hansard-commons-speciality-steel-uk-insolvency-liberty-steel-group-2025
hansard-lords-banking-lloyds-tsb-and-hbos-merger-consumers-2008
hansard-lords-opel-vauxhall-sale-psa-group-tavares-ellesmere-port-2017
hansard-written-statement-british-steel-completion-of-sale-jingye-2020
hansard-written-statement-sale-of-northern-rock-plc-virgin-money-completed-2012
oireachtas-committee-banking-sector-bank-of-ireland-boucher-2016
oireachtas-committee-cie-group-governance-chairpersons-2011
oireachtas-committee-cie-three-subsidiaries-dublin-bus-chairperson-2017
oireachtas-committee-daa-chairperson-designate-geoghegan-2021
oireachtas-committee-irish-rail-bus-eireann-dublin-bus-chairpersons-designate-2017
oireachtas-committee-permanent-tsb-mortgage-rates-masding-2012
oireachtas-dail-bord-gais-energy-sale-completed-ervia-2014
uk-parliament-pac-banking-support-asset-protection-rbs-lloyds-2011
uk-parliament-transport-committee-aviation-recovery-heathrow-gatwick-easyjet-2021
uk-parliament-transport-committee-aviation-strategy-easyjet-virgin-atlantic-bata-2012
uk-parliament-transport-committee-caa-evidence-ryanair-british-airways-virgin-2006
uk-parliament-treasury-committee-competition-choice-banking-lloyds-2010
uk-parliament-treasury-committee-independent-commission-banking-rbs-hsbc-2011""".split())
A = {}


# ---- UK Parliament: sales and ownership -------------------------------------------------------------------------
A["hansard-commons-opel-vauxhall-sale-to-psa-group-urgent-question-2017"] = dict(
 entities=[E("Company", "Opel"), E("Company", "Vauxhall"), E("Company", "PSA Group", "PSA"), E("Company", "General Motors", "GM"),
           E("Location", "Britain", "UK"), E("Location", "Ellesmere Port"), E("Location", "Luton"), E("Location", "Europe")],
 roles=[],  # the Secretary of State and the Prime Minister are not named
 # 'the boards of General Motors and PSA Group announced plans for PSA to acquire GM's Vauxhall/Opel operations',
 # 'the terms of the agreement', completion expected 'by the end of this year': agreed, not completed -> acquired only;
 # 'GM's Vauxhall/Opel operations' -> both owned by GM now
 relations=[L("PSA Group", "acquired", "Vauxhall"), L("PSA Group", "acquired", "Opel"),
            L("Vauxhall", "parentOrganization", "General Motors"), L("Opel", "parentOrganization", "General Motors")],
 outages=[],
 dates=[D("This morning", "2017-03-06"), D("today", "2017-03-06"), D("the end of this year", "2017")])
A["hansard-lords-opel-vauxhall-sale-psa-group-tavares-ellesmere-port-2017"] = dict(
 entities=[E("Company", "General Motors", "GM"), E("Company", "PSA", "Peugeot Citroën"), E("Organization", "European Union"),
           E("Person", "Carlos Tavares"), E("Location", "Europe"), E("Location", "Ellesmere Port"), E("Location", "Mersey"),
           E("Company", "Vauxhall-Opel")],
 roles=[R("Carlos Tavares", "ceo", "PSA")],
 relations=[],  # 'this transaction between General Motors and PSA' does not say who buys whom in this text; GM 'becoming
                # a shareholder in PSA' is no parent relation
 outages=[], dates=[])
A["hansard-written-statement-british-steel-completion-of-sale-jingye-2020"] = dict(
 entities=[E("Company", "Jingye Group", "Jingye"), E("Company", "British Steel Limited", "British Steel"), E("Location", "UK"),
           E("Location", "Scunthorpe"), E("Location", "Skinningrove"), E("Location", "Teesside"), E("Company", "TSP Engineering"),
           E("Company", "FN Steel"), E("Location", "Netherlands"), E("Company", "EY"), E("Organization", "British Steel Support Group"),
           E("Location", "Tunbridge Wells"), E("Person", "Greg Clark"), E("Location", "South Northamptonshire"), E("Person", "Andrea Leadsom"),
           E("Organization", "House of Commons"), E("Organization", "Make UK"), E("Organization", "Federation of Small Businesses")],
 roles=[],  # MPs: no role; EY is a firm (special manager), no person
 # 'formally completed its purchase of British Steel Limited'; 'Jingye has acquired ... subsidiary businesses TSP
 # Engineering and FN Steel' (British Steel's subsidiaries): completed -> acquired + parentOrganization; the steelworks
 # are assets (no relation)
 relations=[L("Jingye Group", "acquired", "British Steel Limited"), L("British Steel Limited", "parentOrganization", "Jingye Group"),
            L("Jingye Group", "acquired", "TSP Engineering"), L("TSP Engineering", "parentOrganization", "Jingye Group"),
            L("Jingye Group", "acquired", "FN Steel"), L("FN Steel", "parentOrganization", "Jingye Group"),
            L("TSP Engineering", "parentOrganization", "British Steel Limited"), L("FN Steel", "parentOrganization", "British Steel Limited")],
 outages=[],
 dates=[D("Monday 9 March", "2020-03-09"), D("22 May last year", "2019-05-22")])
A["hansard-commons-northern-rock-sale-virgin-money-statement-2011"] = dict(
 entities=[E("Company", "Northern Rock plc", "Northern Rock"), E("Company", "Virgin Money"), E("Organization", "Parliament"),
           E("Organization", "European Commission"), E("Organization", "Financial Services Authority"),
           E("Company", "United Kingdom Financial Investments")],
 roles=[],  # the Chancellor of the Exchequer is not named
 # 'he had agreed the sale of Northern Rock plc to Virgin Money', completion 'expected ... on 1 January 2012, pending
 # ... clearance': agreed, not completed -> acquired only; UKFI's 'independent advisers' are not named
 relations=[L("Virgin Money", "acquired", "Northern Rock plc")],
 outages=[],
 dates=[D("15 June this year", "2011-06-15"), D("four years ago", "2007"), D("1 January 2012", "2012-01-01")])
A["hansard-written-statement-sale-of-northern-rock-plc-virgin-money-completed-2012"] = dict(
 entities=[E("Company", "Northern Rock plc"), E("Company", "Virgin Money"), E("Organization", "Financial Services Authority"),
           E("Organization", "European Commission"), E("Company", "UK Financial Investments Ltd", "UKFI"), E("Company", "Deutsche Bank"),
           E("Company", "Northern Rock"), E("Company", "Northern Rock (Asset Management) plc")],
 roles=[],  # the Chancellor is not named
 # 'The transaction completed on 1 January 2012' -> acquired + parentOrganization; 'UKFI and Northern Rock plc received
 # independent corporate finance advice from Deutsche Bank' -> adviser contracts (partner, client first as written);
 # 'the former Northern Rock' (split in 2010 into the two plcs) is its own entity, split rather than owning them
 relations=[L("Virgin Money", "acquired", "Northern Rock plc"), L("Northern Rock plc", "parentOrganization", "Virgin Money"),
            L("UK Financial Investments Ltd", "partner", "Deutsche Bank"), L("Northern Rock plc", "partner", "Deutsche Bank")],
 outages=[],
 dates=[D("17 November 2011", "2011-11-17"), D("1 January 2012", "2012-01-01"), D("Today", "2012-02-28"),
        D("1 January 2010", "2010-01-01")])
A["hansard-commons-speciality-steel-uk-insolvency-liberty-steel-group-2025"] = dict(
 entities=[E("Company", "Speciality Steel UK Ltd", "Liberty Speciality Steels", "Speciality Steel"), E("Company", "Liberty Steel Group", "Liberty Steel"),
           E("Organization", "High Court"), E("Location", "Rotherham"), E("Location", "Sheffield"), E("Location", "Wednesbury"),
           E("Location", "South Yorkshire"), E("Company", "Liberty Dalzell"), E("Company", "Liberty Hartlepool")],
 roles=[],  # the South Yorkshire Mayor is not named
 # 'Speciality Steel UK Ltd, which is part of the Liberty Steel Group'; 'Other Liberty Steel companies ..., such as
 # Liberty Dalzell and Liberty Hartlepool'
 relations=[L("Speciality Steel UK Ltd", "parentOrganization", "Liberty Steel Group"),
            L("Liberty Dalzell", "parentOrganization", "Liberty Steel Group"),
            L("Liberty Hartlepool", "parentOrganization", "Liberty Steel Group")],
 outages=[],
 dates=[D("21 August", "2025-08-21"), D("Yesterday", "2025-09-01")])
A["hansard-lords-banking-lloyds-tsb-and-hbos-merger-consumers-2008"] = dict(
 entities=[E("Company", "Lloyds TSB"), E("Company", "HBOS"), E("Location", "UK")],
 roles=[],  # the Secretary of State is not named; peers speak unnamed
 relations=[],  # near-miss: 'a merger between Lloyds TSB and HBOS', 'the proposed merged group': who buys whom not stated
 outages=[],
 dates=[D("7 October", "2008-10-07")])
# ---- UK Parliament: committee evidence (banks) --------------------------------------------------------------------
A["uk-parliament-treasury-committee-independent-commission-banking-rbs-hsbc-2011"] = dict(
 entities=[E("Organization", "Treasury Committee")]
 + people("Andrew Tyrie", "Michael Fallon", "Mark Garnier", "Stewart Hosie", "Andrea Leadsom", "Andy Love", "John Mann",
          "George Mudie", "Jesse Norman", "David Ruffley", "John Thurso", "Stephen Hester", "Douglas Flint")
 + [E("Company", "Royal Bank of Scotland"), E("Company", "HSBC"), E("Organization", "Commission")],
 roles=[R("Stephen Hester", "ceo", "Royal Bank of Scotland"),
        R("Douglas Flint", "chairman", "HSBC")],  # 'Group Chairman'; the committee's Chair is a legislator: no role
 relations=[], outages=[],
 dates=[D("Wednesday 8 June 2011", "2011-06-08"), D("this afternoon", "2011-06-08")])
A["uk-parliament-pac-banking-support-asset-protection-rbs-lloyds-2011"] = dict(
 entities=[E("Organization", "Public Accounts Committee")]
 + people("Margaret Hodge", "Richard Bacon", "Stephen Barclay", "Stella Creasy", "Jackie DoylePrice", "Chris HeatonHarris",
          "Joseph Johnson", "Anne McGuire", "Austin Mitchell", "Nick Smith", "Ian Swales", "James Wharton", "Nathan Bostock",
          "Eric Daniels", "Stephen Hester", "Tim Tookey")
 + [E("Company", "RBS"), E("Company", "Lloyds Banking Group")],
 roles=[R("Nathan Bostock", "head", "RBS"),  # Head of Restructuring & Risk
        R("Eric Daniels", "ceo", "Lloyds Banking Group", False),  # Former Group Chief Executive
        R("Stephen Hester", "ceo", "RBS"),
        R("Tim Tookey", "cfo", "Lloyds Banking Group")],  # Group Finance Director (finance director -> cfo, as the corpus maps it)
 relations=[], outages=[],
 dates=[D("Wednesday 16 March 2011", "2011-03-16")])
A["uk-parliament-treasury-committee-competition-choice-banking-lloyds-2010"] = dict(
 entities=[E("Organization", "Treasury Committee", "Treasury Select Committee"), E("Person", "Eric Daniels"), E("Person", "Helen Weir"),
           E("Person", "Patrick Foley"), E("Company", "Lloyds Banking Group")],
 roles=[R("Eric Daniels", "ceo", "Lloyds Banking Group"),  # Group Chief Executive
        R("Helen Weir", "director", "Lloyds Banking Group"),  # Group Executive Director
        R("Patrick Foley", "analyst", "Lloyds Banking Group")],  # Chief Economist (an economist at a bank -> analyst)
 relations=[], outages=[],
 dates=[D("Tuesday 7 December 2010", "2010-12-07")])
# ---- UK Parliament: committee evidence (airlines and airports) ----------------------------------------------------
A["uk-parliament-transport-committee-caa-evidence-ryanair-british-airways-virgin-2006"] = dict(
 entities=[E("Person", "Roger Wilshire", "Wilshire"), E("Organization", "British Air Transport Association"),
           E("Person", "Andrew Cahn", "Cahn"), E("Company", "British Airways"), E("Person", "Michael O'Leary", "O'Leary"),
           E("Company", "Ryanair"), E("Person", "Richard Churchill-Coleman", "Churchill-Coleman"), E("Company", "TUI UK"),
           E("Person", "Barry Humphreys", "Humphreys"), E("Company", "Virgin Atlantic Airways"), E("Organization", "CAA"), E("Location", "UK")],
 roles=[R("Roger Wilshire", "head", "British Air Transport Association"),  # Secretary General of an industry body
        R("Andrew Cahn", "director", "British Airways"),  # Director of Government and Industry Affairs
        R("Michael O'Leary", "ceo", "Ryanair"),
        R("Richard Churchill-Coleman", "executive", "TUI UK"),  # Group Legal Counsel (general counsel -> executive)
        R("Barry Humphreys", "director", "Virgin Atlantic Airways")],  # Director of External Affairs and Route Development
 relations=[], outages=[],
 dates=[D("18 JANUARY 2006", "2006-01-18"), D("this afternoon", "2006-01-18")])
A["uk-parliament-transport-committee-aviation-strategy-easyjet-virgin-atlantic-bata-2012"] = dict(
 entities=[E("Organization", "Transport Committee", "Transport Select Committee")]
 + people("Louise Ellman", "Steve Baker", "Julie Hilling", "Kwasi Kwarteng", "John Leech", "Karl McCartney", "Iain Stewart",
          "Sian Foster", "Paul Simmons", "Simon Buck")
 + [E("Company", "Virgin Atlantic Airways", "Virgin Atlantic"), E("Company", "easyJet"),
    E("Organization", "British Air Transport Association"), E("Location", "UK")],  # 'UK Director'
 roles=[R("Sian Foster", "executive", "Virgin Atlantic Airways"),  # General Manager, Government and External Relations
        R("Paul Simmons", "director", "easyJet"),  # UK Director
        R("Simon Buck", "ceo", "British Air Transport Association")],
 relations=[], outages=[],
 dates=[D("Wednesday 21 November 2012", "2012-11-21")])
A["uk-parliament-transport-committee-aviation-recovery-heathrow-gatwick-easyjet-2021"] = dict(
 entities=[E("Organization", "Transport Committee", "Transport Select Committees"), E("Organization", "House of Commons")]
 + people("Huw Merriman", "Ben Bradshaw", "Ruth Cadbury", "Simon Jupp", "Karl McCartney", "Grahame Morris", "Gavin Newlands",
          "Greg Smith")
 + [E("Person", "Colm Lacy", "Colm"), E("Company", "British Airways"), E("Person", "John Holland-Kaye", "John"),
    E("Company", "Heathrow Airport"), E("Person", "Sophie Dekkers", "Sophie"), E("Company", "easyJet"), E("Person", "Stewart Wingate"),
    E("Company", "Gatwick Airport Ltd", "Gatwick Airport", "Gatwick"), E("Location", "UK")],
 # airports named as the witnesses' employers ('Chief Executive Officer, Heathrow Airport', 'Gatwick Airport Ltd') are the
 # operating companies here
 roles=[R("Colm Lacy", "executive", "British Airways"),  # Acting Chief Commercial Officer
        R("John Holland-Kaye", "ceo", "Heathrow Airport"),
        R("Sophie Dekkers", "executive", "easyJet"),  # Chief Commercial Officer
        R("Stewart Wingate", "ceo", "Gatwick Airport Ltd")],
 relations=[], outages=[],
 dates=[D("Tuesday 21 September 2021", "2021-09-21"), D("21 September 2021", "2021-09-21"), D("this afternoon", "2021-09-21")])
# ---- Oireachtas: committee hearings and a Dáil question ----------------------------------------------------------
A["oireachtas-committee-permanent-tsb-mortgage-rates-masding-2012"] = dict(
 entities=[E("Company", "Permanent TSB"), E("Organization", "European Commission"), E("Person", "Jeremy Masding", "Masding"),
           E("Person", "Niall O'Grady"), E("Person", "Ian Dilley"), E("Company", "UPC")],
 roles=[R("Jeremy Masding", "ceo", "Permanent TSB"),
        R("Niall O'Grady", "executive", "Permanent TSB"),  # general manager of marketing
        R("Ian Dilley", "head", "Permanent TSB")],  # head of treasury finance and management reporting
 relations=[],  # UPC broadcasting the meeting is no partnership between organisations
 outages=[], dates=[])
A["oireachtas-committee-banking-sector-bank-of-ireland-boucher-2016"] = dict(
 entities=[E("Company", "Bank of Ireland"), E("Person", "Richie Boucher", "Boucher"), E("Person", "Liam McLoughlin"),
           E("Person", "Pat Farrell"), E("Location", "Taiwan"), E("Location", "Ireland"), E("Organization", "Oireachtas")],
 roles=[R("Richie Boucher", "ceo", "Bank of Ireland"),
        R("Liam McLoughlin", "executive", "Bank of Ireland"),  # chief executive of a division (the retail Ireland division)
        R("Pat Farrell", "head", "Bank of Ireland")],  # head of group communications and government relations
 relations=[], outages=[],
 dates=[D("this morning", "2016-11-17")])
A["oireachtas-committee-daa-chairperson-designate-geoghegan-2021"] = dict(
 entities=[E("Company", "DAA"), E("Person", "Basil Geoghegan"), E("Person", "Kevin Cullinane")],
 roles=[R("Basil Geoghegan", "chairman", "DAA"),  # chairperson designate: a post announced -> current
        R("Kevin Cullinane", "executive", "DAA")],  # chief communications officer
 relations=[], outages=[],
 dates=[D("Today", "2021-10-20")])
A["oireachtas-committee-cie-group-governance-chairpersons-2011"] = dict(
 entities=[E("Company", "CIE"), E("Company", "Dublin Bus"), E("Company", "Bus Éireann"), E("Company", "Iarnród Éireann"),
           E("Person", "Vivienne Jupp"), E("Person", "Kevin Bonner"), E("Person", "Paul Mallee"), E("Person", "Phil Gaffney"),
           E("Person", "John Murphy", "Murphy"), E("Organization", "Department of Transport, Tourism and Sport")],
 roles=[R("Vivienne Jupp", "chairman", "CIE"), R("Kevin Bonner", "chairman", "Dublin Bus"),
        R("Paul Mallee", "chairman", "Bus Éireann"), R("Phil Gaffney", "chairman", "Iarnród Éireann"),
        R("John Murphy", "other", "Department of Transport, Tourism and Sport")],  # Assistant Secretary General
 # the four chairs form 'the CIE group' whose 'new governance structure' the Department outlines (heading 'Discussion
 # with CIE Group'): Dublin Bus, Bus Éireann and Iarnród Éireann are the group's companies under CIE
 relations=[L("Dublin Bus", "parentOrganization", "CIE"), L("Bus Éireann", "parentOrganization", "CIE"),
            L("Iarnród Éireann", "parentOrganization", "CIE")],
 outages=[],
 dates=[D("today", "2011-07-12")])
A["oireachtas-committee-irish-rail-bus-eireann-dublin-bus-chairpersons-designate-2017"] = dict(
 entities=[E("Person", "Frank Allen"), E("Company", "Iarnród Éireann", "Irish Rail"), E("Person", "Ultan Courtney"), E("Company", "Dublin Bus"),
           E("Person", "Aidan Murphy"), E("Company", "Bus Éireann")],
 roles=[R("Frank Allen", "chairman", "Iarnród Éireann"), R("Ultan Courtney", "chairman", "Dublin Bus"),
        R("Aidan Murphy", "chairman", "Bus Éireann")],  # chairpersons designate -> chairman, current
 relations=[], outages=[], dates=[])
A["oireachtas-committee-cie-three-subsidiaries-dublin-bus-chairperson-2017"] = dict(
 entities=[E("Company", "CIE"), E("Person", "Brendan Howlin"), E("Company", "Dublin Bus"), E("Company", "Bus Eireann"),
           E("Company", "Iarnrod Eireann"), E("Person", "Courtney")],
 roles=[R("Courtney", "director", "Dublin Bus"),  # 'a board member of Dublin Bus'
        R("Courtney", "chairman", "Dublin Bus")],  # 'when did he take up the position of chairperson?'
 # Brendan Howlin: Minister, no country named -> no role
 relations=[L("Dublin Bus", "parentOrganization", "CIE"), L("Bus Eireann", "parentOrganization", "CIE"),
            L("Iarnrod Eireann", "parentOrganization", "CIE")],  # 'CIE and its three subsidiaries'
 outages=[],
 dates=[])  # 'On December 5' in a quoted article of unknown year: not resolvable
A["oireachtas-dail-bord-gais-energy-sale-completed-ervia-2014"] = dict(
 entities=[E("Company", "Bord Gáis Energy"), E("Company", "Ervia", "Bord Gáis Éireann"), E("Organization", "EUROSTAT")],
 roles=[],  # the Minister is not named
 # 'the sale of Bord Gáis Energy was completed', under 'the share purchase agreement entered into by Ervia', whose
 # proceeds Ervia pays out: Ervia was its owner (ownership stated as past still counts); the buyer is not named
 relations=[L("Bord Gáis Energy", "parentOrganization", "Ervia")],
 outages=[],
 dates=[D("30 June last", "2014-06-30"), D("7 July", "2014-07-07")])

if __name__ == "__main__":
    assert sorted(A) == IDS, set(IDS) ^ set(A)
    b10.IDS, b10.A = IDS, A
    b10.write_splits(sys.argv[1], sys.argv[2])
