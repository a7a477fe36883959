#!/usr/bin/env python3
"""Batch 18c gold annotations (the 12 texts of batch18c.py), written from each text alone before newskg was run on any
of them. Split rule fixed before annotation: the 12 ids sorted, then dealt along test, train, dev, train (the batch's
own cycle, as every sub-batch since 8b).
usage: batch18c_annotate.py POOL_DIR eval/corpus"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R, locs
import batch10_annotate as b10

IDS = sorted("""asic-asx-trade-outage-review-update-2020
asic-asx24-futures-market-outage-statement-2022
asic-asx-equity-market-technical-failure-review-2016
accc-qantas-100m-penalty-cancelled-flights-2024
acma-telstra-undertaking-nbn-migration-rules-2021
accc-supermarket-acquisition-protocol-coles-woolworths-2012
accc-qantas-airline-partners-australia-not-intervene-2007
accc-riverina-media-rural-press-fairfax-not-intervene-2007
accc-pacific-magazines-shomega-not-oppose
accc-anz-suncorp-bank-tribunal-authorisation-2024
accc-agl-macquarie-generation-tribunal-authorisation-2014
accc-agl-australian-power-and-gas-not-oppose-2013""".split())
ACCC = "Australian Competition and Consumer Commission"
A = {}
# ---- ASIC: ASX outages ------------------------------------------------------------------------------------------------
A["asic-asx-trade-outage-review-update-2020"] = dict(
 entities=[E("Organization", "ASIC"), E("Company", "ASX"), E("Service", "ASX Trade"),
           E("Service", "ASX Centre Point", "Centre Point"), E("Company", "Chi-X"), E("Person", "Cathie Armour")],
 # 'ASIC Commissioner Cathie Armour' → other (commissioners → other); a stock exchange run as a business → Company;
 # Chi-X, the 'fully functioning alternative venue', is another market operator → Company
 roles=[R("Cathie Armour", "other", "ASIC")],
 # 'the ASX Trade outage and subsequent issues with its Centre Point dark-pool trade matching service'
 relations=[L("ASX Trade", "provider", "ASX"), L("ASX Centre Point", "provider", "ASX")],
 # one incident ('the impact of the incident'): the ASX Trade outage 'during the week of 16 November 2020', trading
 # 'suspended at 10:24am on 16 November', then Centre Point 'unavailable' — one outage, both services affected; the
 # text names no cause ('the ASX system failure' is the event itself)
 outages=[O("ASX", "2020-11-16", ["ASX Trade", "ASX Centre Point"], start="2020-11-16T10:24")],
 # `published` null: '16 November' and '10:24am' have no year or day of their own in the sentence → only the absolute
 # expression is listed
 dates=[D("16 November 2020", "2020-11-16")])
A["asic-asx24-futures-market-outage-statement-2022"] = dict(
 entities=[E("Service", "ASX24"), E("Organization", "ASIC"), E("Company", "ASX", "ASX Group"),
           E("Organization", "Australian Council of Financial Regulators"), E("Location", "Australia")],
 roles=[], relations=[L("ASX24", "provider", "ASX")],
 # 'The ASX24 futures market trading platform entered into a trading halt at around 10:00am Thursday 17 March and
 # reopened around 2:00pm' → 4 hours; no cause stated
 outages=[O("ASX", "2022-03-17", ["ASX24"], start="2022-03-17T10:00", end="2022-03-17T14:00", dur=4)],
 dates=[D("10:00am", "2022-03-17T10:00"), D("Thursday 17 March", "2022-03-17"), D("2:00pm", "2022-03-17T14:00")])
A["asic-asx-equity-market-technical-failure-review-2016"] = dict(
 entities=[E("Organization", "ASIC"), E("Company", "ASX")],
 roles=[], relations=[],
 # 'the ASX equity market experienced a technical failure' — delayed opening, early close, trade cancellations;
 # 'a hardware failure as the triggering event'; `published` null, so 'On 19 September' (no year) gives no date
 outages=[O("ASX", None, [], cause="hardware failure")],
 dates=[])
# ---- near-misses ------------------------------------------------------------------------------------------------------
A["accc-qantas-100m-penalty-cancelled-flights-2024"] = dict(
 entities=[E("Company", "Qantas"), E("Location", "Australia"), E("Organization", "Federal Court", "Court"),
           E("Organization", "ACCC"), E("Person", "Gina Cass-Gottlieb")],
 roles=[R("Gina Cass-Gottlieb", "chairman", "ACCC")],  # 'ACCC Chair Gina Cass-Gottlieb'
 relations=[],
 outages=[],  # near-miss: flights the airline 'had already decided to cancel' — no system failure
 dates=[D("today", "2024-10-08"), D("5 May 2024", "2024-05-05")])
A["acma-telstra-undertaking-nbn-migration-rules-2021"] = dict(
 entities=[E("Organization", "ACMA"), E("Company", "Telstra"), E("Service", "NBN")],
 roles=[], relations=[],  # the NBN's operator is not named
 outages=[],  # near-miss: rules for a customer 'left without a service' during migration; no outage told
 dates=[D("30 August 2021", "2021-08-30")])
A["accc-supermarket-acquisition-protocol-coles-woolworths-2012"] = dict(
 entities=[E("Organization", ACCC, "ACCC"), E("Company", "Coles"), E("Company", "Bunnings"),
           E("Company", "Woolworths"), E("Person", "Rod Sims"), E("Company", "Wesfarmers")],
 roles=[R("Rod Sims", "chairman", ACCC)],  # 'ACCC Chairman Rod Sims'
 relations=[],  # near-miss for deals: a notification protocol, no acquisition; no ownership stated
 outages=[],
 dates=[D("June 2012", "2012-06")])  # 'six month', 'over the last six months' skipped
# ---- ACCC: acquisitions -----------------------------------------------------------------------------------------------
A["accc-qantas-airline-partners-australia-not-intervene-2007"] = dict(
 entities=[E("Organization", ACCC, "ACCC"), E("Company", "Qantas Airways Ltd", "Qantas"),
           E("Company", "Airline Partners Australia Ltd", "APA"), E("Person", "Graeme Samuel", "Samuel"),
           E("Company", "Macquarie Bank"), E("Location", "Sydney Airport")],
 roles=[R("Graeme Samuel", "chairman", ACCC)],  # 'ACCC Chairman, Mr Graeme Samuel'
 # a proposed acquisition the regulator will not intervene in → agreed, not completed → acquired only (batch 10's
 # rule for cleared 'proposed' acquisitions); Macquarie Bank's 'partial direct and indirect interests' → nothing
 relations=[L("Airline Partners Australia Ltd", "acquired", "Qantas Airways Ltd")],
 outages=[],
 dates=[])  # `published` null: 'today' not resolved; '1974' is part of the Act's name
A["accc-riverina-media-rural-press-fairfax-not-intervene-2007"] = dict(
 entities=[E("Organization", ACCC, "ACCC"), E("Company", "Riverina Media Group", "Riverina Media"),
           E("Company", "Rural Press Limited", "Rural Press"), E("Person", "Graeme Samuel", "Samuel"),
           E("Company", "Fairfax Media Limited", "Fairfax"), E("Location", "Riverina"), E("Location", "NSW")],
 roles=[R("Graeme Samuel", "chairman", ACCC)],
 # completed: 'Rural Press acquired Riverina Media Group, prior to Fairfax then acquiring Rural Press'; 'Rural Press is
 # now owned by Fairfax Media Limited' → acquired + parentOrganization for both steps
 relations=[L("Rural Press Limited", "acquired", "Riverina Media Group"),
            L("Riverina Media Group", "parentOrganization", "Rural Press Limited"),
            L("Fairfax Media Limited", "acquired", "Rural Press Limited"),
            L("Rural Press Limited", "parentOrganization", "Fairfax Media Limited")],
 outages=[],
 dates=[D("August 2007", "2007-08")])
A["accc-pacific-magazines-shomega-not-oppose"] = dict(
 entities=[E("Organization", ACCC, "ACCC", "Commission"), E("Company", "Shomega Ltd", "Shomega"),
           E("Company", "Pacific Magazines and Printing Ltd"), E("Person", "Allan Fels", "Fels"),
           E("Company", "Canberra Press")],
 roles=[R("Allan Fels", "chairman", ACCC)],  # 'ACCC Chairman, Professor Allan Fels'
 # not opposed → agreed → acquired only; "Shomega's Canberra Press" → a unit of Shomega
 relations=[L("Pacific Magazines and Printing Ltd", "acquired", "Shomega Ltd"),
            L("Canberra Press", "parentOrganization", "Shomega Ltd")],
 outages=[], dates=[])
A["accc-anz-suncorp-bank-tribunal-authorisation-2024"] = dict(
 entities=[E("Organization", "ACCC"), E("Organization", "Australian Competition Tribunal", "Tribunal"),
           E("Company", "ANZ"), E("Company", "Suncorp"), E("Company", "Suncorp Bank"), E("Location", "Queensland"),
           E("Person", "Cass-Gottlieb")],
 roles=[R("Cass-Gottlieb", "chairman", "ACCC")],  # 'ACCC Chair Cass-Gottlieb'
 # authorised proposed acquisition → acquired only; "Suncorp's banking business" = Suncorp Bank → unit of Suncorp
 relations=[L("ANZ", "acquired", "Suncorp Bank"), L("Suncorp Bank", "parentOrganization", "Suncorp")],
 outages=[],
 dates=[D("today", "2024-02-20"), D("4 August 2023", "2023-08-04")])
A["accc-agl-macquarie-generation-tribunal-authorisation-2014"] = dict(
 entities=[E("Organization", "Australian Competition Tribunal", "Tribunal"),
           E("Company", "AGL Energy Limited", "AGL"), E("Company", "Macquarie Generation"), E("Location", "NSW"),
           E("Organization", "ACCC"), E("Person", "Rod Sims")],
 roles=[R("Rod Sims", "chairman", "ACCC")],  # 'ACCC Chairman Rod Sims'
 # conditionally authorised proposed acquisition ('if it proceeds') → acquired only, as the batch's other cleared or
 # authorised proposed acquisitions (doubtful: the text stresses it may not proceed)
 relations=[L("AGL Energy Limited", "acquired", "Macquarie Generation")],
 outages=[], dates=[])  # 'seven years' is a period, not a date
A["accc-agl-australian-power-and-gas-not-oppose-2013"] = dict(
 entities=[E("Organization", ACCC, "ACCC"), E("Company", "AGL Energy Limited", "AGL"),
           E("Company", "Australian Power and Gas Company Limited", "APG"), E("Person", "Rod Sims", "Sims"),
           E("Location", "Victoria"), E("Location", "New South Wales"), E("Location", "Queensland"),
           E("Company", "EnergyAustralia"), E("Company", "Origin")],
 roles=[R("Rod Sims", "chairman", ACCC)],
 relations=[L("AGL Energy Limited", "acquired", "Australian Power and Gas Company Limited")],  # not opposed → agreed
 outages=[], dates=[])

if __name__ == "__main__":
    assert sorted(A) == IDS, set(IDS) ^ set(A)
    b10.IDS, b10.A = IDS, A
    b10.write_splits(sys.argv[1], sys.argv[2])
