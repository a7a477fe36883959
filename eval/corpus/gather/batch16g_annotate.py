#!/usr/bin/env python3
"""Batch 16g gold annotations (the 15 texts of batch16g.py), written from each text alone before newskg was run on any
of them. Split rule fixed before annotation: the 15 ids sorted, then dealt along test, train, dev, train (the batch's
own cycle, as every sub-batch since 8b).
usage: batch16g_annotate.py POOL_DIR eval/corpus"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs
import batch10_annotate as b10

IDS = sorted("""hansard-commons-statement-gkn-melrose-takeover-offer-accepted-2018
hansard-lords-written-answer-nhs-it-programme-contracts-bt-accenture-csc-2004
hansard-written-answer-emergency-services-mobile-radios-kbr-motorola-ee-airwave-2015
hansard-written-answer-emergency-services-network-airwave-motorola-extension-2017
hansard-written-answers-aircraft-carriers-bae-systems-thales-alliance-2004
hansard-written-answers-electronic-tagging-serco-g4s-contracts-2025
oireachtas-committee-broadband-service-vodafone-esb-siro-joint-venture-2018
oireachtas-dail-priority-question-eircode-postcode-contract-capita-2014
oireachtas-dail-written-answer-digital-television-saorview-saorsat-rte-2014
oireachtas-dail-written-answer-hse-isoft-contract-department-of-finance-2005
oireachtas-dail-written-answer-postal-codes-eircode-capita-contract-2015
oireachtas-dail-written-answer-public-services-card-biometric-card-services-2017
oireachtas-dail-written-answer-water-meters-irish-water-bord-gais-subsidiary-2014
oireachtas-seanad-order-of-business-saolta-it-contract-northgate-2014
uk-parliament-pac-written-evidence-serco-geografix-electronic-monitoring-2013""".split())
A = {}


# ---- UK -------------------------------------------------------------------------------------------------------------
A["hansard-commons-statement-gkn-melrose-takeover-offer-accepted-2018"] = dict(
 entities=[E("Person", "Greg Clark"), E("Company", "Melrose Industries plc", "Melrose"), E("Company", "GKN plc", "GKN"),
           E("Organization", "Competition and Markets Authority"), E("Organization", "Ministry of Defence")],
 roles=[],  # Secretary of State: no country named on its own
 # 'holders of 52% of GKN shares had accepted its offer ... the figure had reached 88.5%': an accepted offer, so agreed;
 # completion is not stated -> acquired only
 relations=[L("Melrose Industries plc", "acquired", "GKN plc")],
 outages=[],
 dates=[D("29 March", "2018-03-29"), D("last Friday", "2018-04-20"), D("27 March", "2018-03-27")])
A["hansard-lords-written-answer-nhs-it-programme-contracts-bt-accenture-csc-2004"] = dict(
 entities=[E("Person", "Lord Hayhoe"), E("Person", "Baroness Andrews"),
           E("Organization", "National Programme for Information Technology in the National Health Service", "NPfIT"),
           E("Location", "London"), E("Company", "British Telecommunication", "BT"),
           E("Service", "NHS Care Records Service", "NHS CRS"), E("Company", "Accenture"), E("Company", "SchlumbergerSema"),
           E("Company", "Computer Sciences Corporation", "CSC"), E("Location", "West Midlands"),
           E("Service", "National NHS Network", "N3")],
 roles=[],
 # 'to British Telecommunication (BT) to set up and run the national NHS Care Records Service' -> provider; the
 # programme's procurement let the contracts it lists -> partner with each contractor (the N3 contract is not yet let)
 relations=[L("NHS Care Records Service", "provider", "British Telecommunication"),
            L("National Programme for Information Technology in the National Health Service", "partner", "British Telecommunication"),
            L("National Programme for Information Technology in the National Health Service", "partner", "Accenture"),
            L("National Programme for Information Technology in the National Health Service", "partner", "SchlumbergerSema"),
            L("National Programme for Information Technology in the National Health Service", "partner", "Computer Sciences Corporation")],
 outages=[],
 dates=[D("2003", "2003"), D("31 January 2003", "2003-01-31"), D("2013", "2013")])
A["hansard-written-answer-emergency-services-mobile-radios-kbr-motorola-ee-airwave-2015"] = dict(
 entities=[E("Person", "Lord Soames of Fletching"), E("Organization", "Home Office"), E("Person", "Mike Penning"),
           E("Service", "Emergency Services Network", "ESN")] + locs("England", "Wales", "Scotland")
 + [E("Company", "Kellogg Brown and Root"), E("Company", "Motorola"), E("Company", "EE"),
    E("Company", "Airwave Solutions Limited"), E("Organization", "High Court")],
 roles=[],  # Mike Penning's post is not given; Lord Soames: a legislator
 # 'The contract for Lot 1 - Delivery Partner was awarded to Kellogg Brown and Root' in the Home Office's procurement ->
 # partner; Motorola and EE: 'intention to award contracts' (then halted) -> nothing; Airwave Solutions Limited, 'the
 # incumbent supplier': whose supplier is not stated -> nothing; the programme (ESMCP) is no entity
 relations=[L("Home Office", "partner", "Kellogg Brown and Root")],
 outages=[],
 # '8th and 9th Dec' (two days in one expression) skipped
 dates=[D("Wednesday 9th December 2015", "2015-12-09"), D("August 2015", "2015-08"), D("13th November 2015", "2015-11-13"),
        D("23 November 2015", "2015-11-23")])
A["hansard-written-answer-emergency-services-network-airwave-motorola-extension-2017"] = dict(
 entities=[E("Organization", "Home Office"), E("Service", "Airwave"), E("Service", "Emergency Services Network", "ESN"),
           E("Company", "Motorola")] + locs("England", "Wales"),
 roles=[],
 # 'The current agreement with Motorola can be extended ... to only buy additional Airwave service' -> Motorola supplies
 # the Airwave service -> provider; the buyer is 'the Government' (no entity) -> no partner; 'ASL' (contract
 # extensions) is not expanded in the text, its kind unknowable from it -> not annotated
 relations=[L("Airwave", "provider", "Motorola")],
 outages=[],
 dates=[D("31 December 2019", "2019-12-31")])
A["hansard-written-answers-aircraft-carriers-bae-systems-thales-alliance-2004"] = dict(
 entities=[E("Person", "Hoyle"), E("Person", "Ingram"), E("Person", "Nicholas Brown"), E("Company", "BAE Systems"),
           E("Company", "Thales UK", "Thales"), E("Organization", "Ministry of Defence", "Department")],
 roles=[],  # MPs and a minister without a country named
 # 'the BAE Systems and Thales partnership'; 'an alliance approach involving BAE Systems, Thales UK and the Ministry of
 # Defence' -> partner for each pair
 relations=[L("BAE Systems", "partner", "Thales UK"), L("Ministry of Defence", "partner", "BAE Systems"),
            L("Ministry of Defence", "partner", "Thales UK")],
 outages=[],
 dates=[D("30 January 2003", "2003-01-30")])
A["hansard-written-answers-electronic-tagging-serco-g4s-contracts-2025"] = dict(
 entities=[E("Person", "Bell Ribeiro-Addy"), E("Location", "Clapham and Brixton Hill"), E("Organization", "Ministry of Justice"),
           E("Person", "Nicholas Dakin"), E("Organization", "HM Treasury"),
           E("Company", "Serco"), E("Company", "Allied Universal"), E("Company", "G4S")],
 roles=[],  # a Government Whip and Lord Commissioner: no role in the vocabulary's sense; the MP: a legislator
 # 'Cabinet Office' only inside the name of a document ('the Cabinet Office Sourcing Playbook') -> not annotated;
 # 'Serco being confirmed as the winning bid for the Field and Monitoring Service contract' (the Ministry's procurement)
 # and 'reappointing Serco and G4S for electronic monitoring services' -> partner; 'Allied Universal (G4S)': the tie
 # between the two names is not stated -> nothing
 relations=[L("Ministry of Justice", "partner", "Serco"), L("Ministry of Justice", "partner", "G4S")],
 outages=[],
 dates=[D("Monday 2nd June 2025", "2025-06-02"), D("2023", "2023"), D("May 2021", "2021-05")])
A["uk-parliament-pac-written-evidence-serco-geografix-electronic-monitoring-2013"] = dict(
 entities=[E("Company", "Serco"), E("Company", "Serco Geografix Ltd", "Serco Geografix", "Geografix"),
           E("Organization", "Ministry of Justice", "MoJ")],
 roles=[],
 # 'the ownership relationship between Serco and Serco Geografix Ltd.' -> parentOrganization (direction by the name);
 # 'the interaction between Serco and Serco Geografix under the Electronic Monitoring contract' with the MoJ -> partner
 relations=[L("Serco Geografix Ltd", "parentOrganization", "Serco"), L("Ministry of Justice", "partner", "Serco")],
 outages=[],
 dates=[])  # published null; '20 November' has no year
# ---- Ireland --------------------------------------------------------------------------------------------------------
A["oireachtas-committee-broadband-service-vodafone-esb-siro-joint-venture-2018"] = dict(
 entities=[E("Person", "Liam O'Brien"), E("Person", "Barrins"), E("Company", "Vodafone"), E("Company", "ESB"),
           E("Organization", "ALTO"), E("Company", "SIRO"), E("Location", "Ireland"), E("Person", "O'Reilly"),
           E("Person", "Lupton")],
 roles=[],  # the witness's post is not in the excerpt
 # 'Vodafone has created with the ESB a joint venture partner ... called SIRO' -> partner(Vodafone, ESB), as the corpus
 # records joint ventures (Premier Lotteries Ireland: partner of its owners only)
 relations=[L("Vodafone", "partner", "ESB")],
 outages=[], dates=[])
A["oireachtas-dail-priority-question-eircode-postcode-contract-capita-2014"] = dict(
 entities=[E("Service", "Eircode"), E("Company", "Irish Water"), E("Organization", "Freight Association of Ireland"),
           E("Organization", "Fire and Emergency Services Association"),
           E("Company", "Capita Business Support Services Ireland limited")],
 roles=[],  # the association's chairman is not named
 # 'the proposed Eircode postcode system'; 'A contract was signed with Capita ... to develop and roll out the national
 # postcode system' -> provider
 relations=[L("Eircode", "provider", "Capita Business Support Services Ireland limited")],
 outages=[],
 dates=[D("December 2013", "2013-12")])
A["oireachtas-dail-written-answer-postal-codes-eircode-capita-contract-2015"] = dict(
 entities=[E("Company", "Capita Business Support Services Ireland", "Capita"), E("Service", "Eircode", "Eircodes")],
 roles=[],
 # the contract 'signed with Capita ... to develop, implement and maintain the National Postcode System', whose codes
 # are the Eircodes -> provider
 relations=[L("Eircode", "provider", "Capita Business Support Services Ireland")],
 outages=[],
 dates=[D("December 2013", "2013-12")])
A["oireachtas-dail-written-answer-digital-television-saorview-saorsat-rte-2014"] = dict(
 entities=[E("Person", "Terence Flanagan"), E("Company", "RTÉ"), E("Service", "SAORVIEW"), E("Service", "SAORSAT"),
           E("Company", "TG4"), E("Location", "Ireland")],
 roles=[],
 # 'RTÉ launched SAORSAT'; RTÉ 'is responsible for the establishment, maintenance and operation of the DTT network'
 # (SAORVIEW) -> provider twice
 relations=[L("SAORVIEW", "provider", "RTÉ"), L("SAORSAT", "provider", "RTÉ")],
 outages=[],
 dates=[D("26 May, 2011", "2011-05-26"), D("March 2012", "2012-03")])
A["oireachtas-dail-written-answer-hse-isoft-contract-department-of-finance-2005"] = dict(
 entities=[E("Organization", "Health Service Executive"), E("Company", "iSOFT"), E("Organization", "Department of Finance"),
           E("Organization", "EU"), E("Organization", "Office of the Attorney General"),
           E("Organization", "Department of the Taoiseach")],
 roles=[],  # 'the Attorney General' named by post only
 # 'a contract between the Health Service Executive and iSOFT', 'signed the following day' -> partner
 relations=[L("Health Service Executive", "partner", "iSOFT")],
 outages=[],
 # 'the following day' (after 29 April, not `published`) skipped
 dates=[D("earlier this year", "2005"), D("2005", "2005"), D("Friday, 29 April", "2005-04-29")])
A["oireachtas-dail-written-answer-public-services-card-biometric-card-services-2017"] = dict(
 entities=[E("Service", "Public Services Card", "PSC", "PSCs"), E("Company", "Biometric Card Services", "BCS"),
           E("Location", "Co. Wicklow")],
 roles=[],
 # the contract 'for the production, personalisation and distribution of 3 million Public Services Cards (PSC)' was
 # awarded to BCS -> the company that makes the card -> provider; the Department is not named
 relations=[L("Public Services Card", "provider", "Biometric Card Services")],
 outages=[],
 dates=[D("the end of 2017", "2017"), D("the end of this year", "2017")])
A["oireachtas-dail-written-answer-water-meters-irish-water-bord-gais-subsidiary-2014"] = dict(
 entities=[E("Person", "Michael Healy-Rae"), E("Company", "Irish Water"), E("Company", "Bord Gáis Éireann Group")],
 roles=[],
 # 'the establishment of Irish Water as an independent subsidiary within the Bord Gáis Éireann Group' -> parentOrganization;
 # the regional contractors are not named
 relations=[L("Irish Water", "parentOrganization", "Bord Gáis Éireann Group")],
 outages=[],
 dates=[D("August 2013", "2013-08")])
A["oireachtas-seanad-order-of-business-saolta-it-contract-northgate-2014"] = dict(
 entities=[E("Person", "Crown"), E("Organization", "HSE"), E("Organization", "Saolta"), E("Company", "Northgate plc", "Northgate"),
           E("Company", "The Irish Times"), E("Person", "Ó Clochartaigh")]
 + locs("Donegal", "Sligo", "Mayo", "Roscommon", "Galway"),
 roles=[],  # Senators: legislators; the hospital group's former chairman is not named
 # 'the group of hospitals in the HSE north-west region, recently rebranded Saolta' -> a unit of the HSE (doubtful);
 # 'The contract to provide these services was awarded to Northgate plc' -> partner
 relations=[L("Saolta", "parentOrganization", "HSE"), L("Saolta", "partner", "Northgate plc")],
 outages=[], dates=[])

if __name__ == "__main__":
    assert sorted(A) == IDS, set(IDS) ^ set(A)
    b10.IDS, b10.A = IDS, A
    b10.write_splits(sys.argv[1], sys.argv[2])
