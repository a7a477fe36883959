#!/usr/bin/env python3
"""Batch 15f gold annotations (the 15 texts of batch15f.py), written from each text alone before newskg was run on any
of them. Split rule fixed before annotation: the 15 ids sorted, then dealt along test, train, dev, train (the
sub-batch's own cycle, as every sub-batch since 8b).
usage: batch15f_annotate.py POOL_DIR eval/corpus"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

IDS = sorted("""fcc-axia-ngnetworks-transfer-of-control-reconsideration-2016 fcc-cablesouth-media3-itc-broadband-transfer-of-control-2022
fcc-verizon-wireless-xo-holdings-nextlink-order-2017 hansard-commons-ford-motor-company-dagenham-shares-1960
hansard-commons-golden-shares-jaguar-ford-1989 hansard-commons-rover-group-bmw-acquisition-statement-1994
hansard-commons-short-brothers-bombardier-sale-completed-1989 hansard-commons-singapore-base-contract-sir-john-jackson-1928
hansard-commons-telecommunications-partnership-ventures-1982 hansard-written-answer-shorts-bombardier-undertakings-1998
hansard-written-answer-sir-henry-lunn-transport-holding-company-1969 oireachtas-committee-bord-na-mona-chairperson-designate-esb-joint-venture-2017
oireachtas-dail-bord-na-mona-restructuring-esb-contract-1989 oireachtas-written-answer-arramara-teo-acadian-seaplants-2014
oireachtas-written-answer-greencore-special-share-irish-sugar-2001""".split())
A = {}

# ---- US Federal Communications Commission -----------------------------------------------------------------------
A["fcc-axia-ngnetworks-transfer-of-control-reconsideration-2016"] = dict(
 entities=[E("Organization", "Massachusetts Technology Park Corporation", "Massachusetts Technology Collaborative", "MTC"),
           E("Organization", "Wireline Competition Bureau", "Bureau"), E("Company", "Axia NGNetworks USA, Inc.", "Axia U.S."),
           E("Company", "Axia NGNetworks Trust", "Trust"), E("Service", "MassBroadband 123 Network"), E("Location", "Western Massachusetts")],
 roles=[],
 relations=[L("Axia NGNetworks Trust", "acquired", "Axia NGNetworks USA, Inc."),  # transfer of control approved (agreed)
            L("MassBroadband 123 Network", "provider", "Axia NGNetworks USA, Inc."),  # 'Under the name of ..., Axia U.S. serves as the operator'
            L("Axia NGNetworks USA, Inc.", "partner", "Massachusetts Technology Park Corporation")],  # operator for MTC's network
 outages=[],
 dates=[D("November 17, 2016", "2016-11-17"), D("August 24, 2016", "2016-08-24"), D("July 29, 2016", "2016-07-29")])
A["fcc-cablesouth-media3-itc-broadband-transfer-of-control-2022"] = dict(
 entities=[E("Organization", "Wireline Competition Bureau", "Bureau"), E("Company", "Hunt Land Holdings, LLC", "Hunt Land Holdings"),
           E("Company", "CableSouth Media III, LLC", "Media3", "CableSouth"), E("Company", "ITC Broadband Holdings, LLC", "ITC Holdings"),
           E("Organization", "Commission")],  # "the Commission's rules" (the FCC is not named in full)
 roles=[],
 relations=[L("ITC Broadband Holdings, LLC", "acquired", "CableSouth Media III, LLC")],  # consent granted; 'will ... acquire ... control'
 outages=[],
 dates=[D("April 8, 2022", "2022-04-08")])
A["fcc-verizon-wireless-xo-holdings-nextlink-order-2017"] = dict(
 entities=[E("Company", "Verizon Wireless", "Cellco Partnership"), E("Company", "XO Holdings"), E("Company", "Nextlink Wireless, LLC", "Nextlink"),
           E("Organization", "Wireless Telecommunications Bureau"), E("Organization", "Commission")],
 roles=[],
 relations=[L("Nextlink Wireless, LLC", "parentOrganization", "XO Holdings"),  # 'XO Holdings' subsidiary, Nextlink'
            L("Verizon Wireless", "partner", "Nextlink Wireless, LLC"),  # leases spectrum from Nextlink
            L("Verizon Wireless", "acquired", "Nextlink Wireless, LLC")],  # option to purchase exercised; transfer found harmless (agreed)
 outages=[],
 dates=[D("November 29, 2017", "2017-11-29")])
# ---- UK Parliament -------------------------------------------------------------------------------------------
A["hansard-commons-ford-motor-company-dagenham-shares-1960"] = dict(
 entities=[E("Person", "Selwyn Lloyd"), E("Organization", "Treasury"),
           E("Company", "Ford Motor Company of the United States of America", "Ford Motor Company of America"),
           E("Company", "Ford Motor Company of the United Kingdom"), E("Location", "United Kingdom")],
 roles=[R("Selwyn Lloyd", "minister", "United Kingdom")],  # the Chancellor of the Exchequer; the country is named on its own
 relations=[L("Ford Motor Company of the United Kingdom", "parentOrganization", "Ford Motor Company of the United States of America")],
 # 54.6 per cent owned; the offer for the rest is not yet accepted (no acquisition)
 outages=[], dates=[])
A["hansard-commons-golden-shares-jaguar-ford-1989"] = dict(
 entities=[E("Person", "Rooker"), E("Person", "Ridley"), E("Company", "British Telecom"), E("Company", "Cable and Wireless"),
           E("Company", "British Aerospace"), E("Company", "Rolls-Royce"), E("Company", "British Steel"), E("Company", "Jaguar"),
           E("Company", "Ford"), E("Company", "Rover group")],
 roles=[],
 relations=[L("Ford", "acquired", "Jaguar")],  # 'giving the company away to Ford', 'he has given it Jaguar' (agreed; completion not told)
 outages=[], dates=[])
A["hansard-commons-rover-group-bmw-acquisition-statement-1994"] = dict(
 entities=[E("Person", "Tim Sainsbury"), E("Company", "BMW"), E("Company", "British Aerospace", "BAe"),
           E("Company", "Rover Group Holdings Ltd.", "Rover Group", "Rover"), E("Person", "Sir Graham Day"), E("Person", "George Simpson"),
           E("Person", "John Towers"), E("Company", "Honda"), E("Location", "Prestwick"), E("Location", "Manchester"),
           E("Location", "Europe")],
 roles=[],  # the Minister for Industry: no country named; Day, Simpson and Towers are named without titles
 relations=[L("BMW", "acquired", "Rover Group Holdings Ltd."),  # offer accepted, shareholder approval pending (agreed)
            L("Rover Group Holdings Ltd.", "parentOrganization", "British Aerospace"),  # 'its wholly-owned subsidiary'
            L("British Aerospace", "acquired", "Rover Group Holdings Ltd.")],  # 'BAe bought the Government's shareholding in Rover Group'
 outages=[],
 dates=[D("This morning", "1994-01-31"), D("July 1988", "1988-07"), D("26 January", "1994-01-26")])
A["hansard-commons-short-brothers-bombardier-sale-completed-1989"] = dict(
 entities=[E("Person", "Cran"), E("Person", "Colvin"), E("Company", "Short Brothers plc", "Short's"), E("Company", "Bombardier"),
           E("Location", "Canada"), E("Location", "Northern Ireland"), E("Person", "Richard Needham", "Needham"),
           E("Person", "Laurent Beaudoin"), E("Location", "Europe"), E("Location", "Belfast")],
 roles=[R("Laurent Beaudoin", "chairman", "Bombardier")],  # Needham: a minister of a department, no country named on its own
 relations=[L("Bombardier", "acquired", "Short Brothers plc"), L("Short Brothers plc", "parentOrganization", "Bombardier")],  # completed
 outages=[],
 dates=[D("4 October 1989", "1989-10-04")])
A["hansard-commons-singapore-base-contract-sir-john-jackson-1928"] = dict(
 entities=[E("Person", "MACLEAN"), E("Organization", "Admiralty"), E("Company", "Sir John Jackson (Singapore), Limited"),
           E("Company", "Sir John Jackson, Limited"), E("Person", "BRIDGEMAN")],
 roles=[],
 relations=[L("Sir John Jackson (Singapore), Limited", "parentOrganization", "Sir John Jackson, Limited"),  # subsidiary / parent company
            L("Admiralty", "partner", "Sir John Jackson, Limited"),  # 'the contract between the Admiralty and Sir John Jackson, Limited'
            L("Sir John Jackson (Singapore), Limited", "partner", "Admiralty")],  # formed to take over that contract ('Yes, Sir')
 outages=[], dates=[])
A["hansard-commons-telecommunications-partnership-ventures-1982"] = dict(
 entities=[E("Person", "Peter Lloyd", "Lloyd"), E("Person", "Kenneth Baker", "Baker"), E("Company", "United Satellites Limited"),
           E("Company", "British Aerospace"), E("Company", "GEC-Marconi"), E("Company", "British Telecom", "BT"), E("Location", "Thornaby"),
           E("Person", "Wrigglesworth"), E("Person", "Michael Marshall"), E("Location", "Britain")],
 roles=[],  # ministers named without their posts (Baker) or posts without names
 # United Satellites Limited 'involves British Aerospace, GEC-Marconi and British Telecom' (a partnership venture: pairwise
 # partners); the partnership between British Aerospace and GEC-Marconi on the defence satellite is the same pair
 relations=[L("British Aerospace", "partner", "GEC-Marconi"), L("British Aerospace", "partner", "British Telecom"),
            L("GEC-Marconi", "partner", "British Telecom")],
 outages=[], dates=[])  # '1984–85': a financial year, skipped
A["hansard-written-answer-shorts-bombardier-undertakings-1998"] = dict(
 entities=[E("Person", "Donaldson"), E("Person", "Ingram"), E("Company", "Shorts", "Short's"),
           E("Company", "Bombardier Aerospace Group", "Bombardier Aerospace"), E("Company", "Bombardier"), E("Service", "Regional Jet"),
           E("Location", "Northern Ireland")],  # named in the Secretary of State's title (as in the 1989 text of this batch)
 roles=[],
 relations=[L("Bombardier", "acquired", "Shorts"), L("Shorts", "parentOrganization", "Bombardier"),  # 'acquired the business in October 1989'
            L("Shorts", "parentOrganization", "Bombardier Aerospace Group")],  # 'an integrated ... operation within Bombardier Aerospace'
 outages=[],
 dates=[D("October 1989", "1989-10")])
A["hansard-written-answer-sir-henry-lunn-transport-holding-company-1969"] = dict(
 entities=[E("Person", "Milne"), E("Person", "Marsh"), E("Company", "Sir Henry Lunn Limited", "Sir Henry Lunn Ltd."),
           E("Company", "Transport Holding Company")],
 roles=[],
 relations=[L("Transport Holding Company", "acquired", "Sir Henry Lunn Limited"),  # 'has acquired a controlling interest'
            L("Sir Henry Lunn Limited", "parentOrganization", "Transport Holding Company")],
 outages=[],
 dates=[D("12th February", "1969-02-12")])
# ---- Houses of the Oireachtas ------------------------------------------------------------------------------------
A["oireachtas-committee-bord-na-mona-chairperson-designate-esb-joint-venture-2017"] = dict(
 entities=[E("Person", "Meagher"), E("Company", "Bord na Móna"), E("Location", "Georgia"), E("Location", "US"), E("Location", "Ireland"),
           E("Company", "ESB")],
 roles=[R("Meagher", "chairman", "Bord na Móna")],  # chairman designate (a post announced: current)
 relations=[L("ESB", "partner", "Bord na Móna")],  # 'a joint venture between the ESB and Bord na Móna'
 outages=[],
 dates=[D("April", "2017-04")])
A["oireachtas-dail-bord-na-mona-restructuring-esb-contract-1989"] = dict(
 entities=[E("Company", "Bord na Móna"), E("Company", "ESB")],
 roles=[],
 relations=[L("ESB", "partner", "Bord na Móna")],  # 'the ESB contract for almost three-quarters of the board's output' (supply contract)
 outages=[], dates=[])
A["oireachtas-written-answer-arramara-teo-acadian-seaplants-2014"] = dict(
 entities=[E("Person", "Dara Calleary"), E("Company", "Arramara Teo.", "Aramara Teo."), E("Company", "Acadian Seaplants Canada", "Acadian Seaplants"),
           E("Organization", "Údarás na Gaeltachta", "Údarás")],
 roles=[],
 relations=[L("Arramara Teo.", "parentOrganization", "Údarás na Gaeltachta"),  # 'currently a wholly owned subsidiary company'
            L("Acadian Seaplants Canada", "acquired", "Arramara Teo.")],  # sale approved by the board and the Minister (agreed)
 outages=[],
 dates=[D("8 April 2014", "2014-04-08"), D("1 March 2013", "2013-03-01"), D("29 July 2013", "2013-07-29"), D("2010", "2010")])
A["oireachtas-written-answer-greencore-special-share-irish-sugar-2001"] = dict(
 entities=[E("Person", "Aylward"), E("Company", "Greencore plc"), E("Company", "Irish Sugar plc.")],
 roles=[],
 relations=[L("Irish Sugar plc.", "parentOrganization", "Greencore plc")],  # Greencore's 'controlling interest in Irish Sugar plc.'
 outages=[], dates=[])

if __name__ == "__main__":
    assert sorted(A) == IDS, set(IDS) ^ set(A)
    b10.IDS, b10.A = IDS, A
    b10.write_splits(sys.argv[1], sys.argv[2])
