#!/usr/bin/env python3
"""Batch 17d gold annotations (the texts of batch17d.py), written from each text alone before newskg was run on any of
them. Split rule fixed before annotation: the ids sorted, then dealt along test, train, dev, train (the batch's own
cycle, as every sub-batch since 8b); part 2 (IDS2), gathered after part 1's gold was committed and before newskg ran on
either part, has its own sorted cycle so that part 1's splits are unchanged.
usage: batch17d_annotate.py POOL_DIR eval/corpus"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs, people
import batch10_annotate as b10

IDS = sorted("""cma-case-page-cd-r-morrisons-completed-acquisition-undertakings-2022
ftc-competition-cases-lockheed-aerojet-nvidia-arm-softbank-abandoned
ftc-competition-cases-seven-eleven-speedway-caseys-bucks-louisiana-appraisers
ftc-horizontal-cases-iqvia-propel-media-block
ftc-merger-cases-vyera-shkreli-illumina-pacbio-par-petroleum
ftc-statements-fidelity-stewart-draftkings-fanduel-abandon
oireachtas-committee-aer-lingus-stobart-air-iag-bid-barrington-kavanagh-2015
oireachtas-committee-dun-laoghaire-harbour-company-chairperson-designate-2013
oireachtas-committee-iag-walsh-aer-lingus-takeover-bid-2015
oireachtas-committee-mobile-operators-eircell-vodafone-eircom-shares-2003
oireachtas-committee-vodafone-ireland-call-charges-donovan-fahy-2004
uk-written-answer-dft-agencies-strategic-communication-laboratories-2018""".split())
A = {}
# Conventions (GUIDELINES part 2; batches 16e, 16i and 17b): a completed acquisition -> acquired + parentOrganization;
# an agreed one let through on conditions -> acquired only; abandoned, blocked or bid-only deals and store or asset sales
# -> nothing; 'X owner Y' -> parentOrganization; a supplier of components to a named customer -> partner; FTC chair ->
# chairman, commissioners -> other, bureau directors (acting included) -> director; legislators -> no role; a chairperson
# designate -> chairman (current); with `published` null only absolute dates; names of laws and guidelines with a year
# in them -> no date.
FTC = E("Organization", "Federal Trade Commission", "FTC", "Commission")

A["cma-case-page-cd-r-morrisons-completed-acquisition-undertakings-2022"] = dict(
 # 'the completed acquisition of WM Morrison Supermarkets Limited by Clayton, Dubilier & Rice Holdings, LLC' ->
 # acquired + parentOrganization; the sale of 87 stores to named buyers (store sales) -> nothing
 entities=[E("Organization", "CMA"), E("Company", "WM Morrison Supermarkets Limited"),
           E("Company", "Clayton, Dubilier & Rice Holdings, LLC", "CD&R"),
           E("Company", "3j Service Station"), E("Company", "A&D Murco Friendly"), E("Company", "Grove Retail"),
           E("Company", "Highway Stops"), E("Company", "Penny Petroleum"), E("Company", "Platinum Retail"),
           E("Company", "Rontec"), E("Company", "SGN"), E("Company", "Shell")],
 roles=[],
 relations=[L("Clayton, Dubilier & Rice Holdings, LLC", "acquired", "WM Morrison Supermarkets Limited"),
            L("WM Morrison Supermarkets Limited", "parentOrganization", "Clayton, Dubilier & Rice Holdings, LLC")],
 outages=[],
 dates=[D("24 March 2022", "2022-03-24"), D("27 January 2022", "2022-01-27"), D("10 February 2022", "2022-02-10"),
        D("26 October 2021", "2021-10-26"), D("1 June 2023", "2023-06-01"), D("January", "2023-01"),
        D("May 2023", "2023-05"), D("17 February 2023", "2023-02-17"), D("9 June 2022", "2022-06-09"),
        D("3 May 2022", "2022-05-03"), D("7 April 2022", "2022-04-07")])
A["ftc-competition-cases-lockheed-aerojet-nvidia-arm-softbank-abandoned"] = dict(
 # Lockheed/Aerojet and Nvidia/Arm abandoned -> nothing; 'Arm owner Softbank Group Corp.' -> parentOrganization;
 # 'Aerojet supplies ... components for the missiles made by Lockheed' -> partner (supplier first)
 entities=[E("Company", "Lockheed Martin Corporation", "Lockheed"),
           E("Company", "Aerojet Rocketdyne Holdings Inc", "Aerojet"), E("Person", "Lina M. Khan", "Khan"), FTC,
           E("Location", "U.S."), E("Company", "Nvidia Corp.", "Nvidia"), E("Company", "Arm Ltd.", "Arm"),
           E("Company", "Softbank Group Corp.", "SoftBank Group Corp"), E("Location", "UK")]
 + people("Durbin", "Grassley", "Klobuchar", "Lee"),
 roles=[R("Lina M. Khan", "chairman", "Federal Trade Commission")],
 relations=[L("Arm Ltd.", "parentOrganization", "Softbank Group Corp."),
            L("Aerojet Rocketdyne Holdings Inc", "partner", "Lockheed Martin Corporation")],
 outages=[],
 dates=[D("Feb. 15, 2022", "2022-02-15"), D("February 2022", "2022-02")])
A["ftc-competition-cases-seven-eleven-speedway-caseys-bucks-louisiana-appraisers"] = dict(
 # 'Following 7-Eleven, Inc.'s ... Acquisition of the Speedway Retail Fuel Chain' (done) -> acquired + parent;
 # Casey's acquisition of Buck's let through on conditions -> acquired only; 'Bucky's outlets' (a banner, Buck's the
 # other party) -> Service, provider Buck's (doubtful); 'Casey's outlets' (banner named as the company) -> not apart;
 # outlets sold to Western Oil II and 'its affiliate' Danco II -> nothing; Seven & i / Marathon: no relation stated
 entities=[E("Person", "Rohit Chopra"), E("Person", "Rebecca Kelly Slaughter"), FTC,
           E("Company", "Seven & i Holdings Co., Ltd."), E("Company", "Marathon Petroleum Corporation"),
           E("Company", "7-Eleven, Inc."), E("Company", "Speedway"),
           E("Organization", "Louisiana Real Estate Appraisers Board"), E("Location", "Louisiana"),
           E("Company", "Casey’s General Stores, Inc.", "Casey's General Stores", "Casey’s"),
           E("Company", "Buck’s Intermediate Holdings, LLC"), E("Person", "Steven Buchanan"),
           E("Service", "Bucky’s"), E("Company", "Western Oil II, LLC"), E("Company", "Danco II, LLC")]
 + locs("Nebraska", "Iowa"),
 roles=[R("Rohit Chopra", "other", "Federal Trade Commission"), R("Rebecca Kelly Slaughter", "other", "Federal Trade Commission")],
 relations=[L("7-Eleven, Inc.", "acquired", "Speedway"), L("Speedway", "parentOrganization", "7-Eleven, Inc."),
            L("Casey’s General Stores, Inc.", "acquired", "Buck’s Intermediate Holdings, LLC"),
            L("Bucky’s", "provider", "Buck’s Intermediate Holdings, LLC")],
 outages=[],
 dates=[D("June 9, 2021", "2021-06-09")])
A["ftc-horizontal-cases-iqvia-propel-media-block"] = dict(
 # an acquisition the FTC sued to block -> nothing (near-miss)
 entities=[FTC, E("Company", "IQVIA Holdings Inc.", "IQVIA", "IQVIA Holdings"),
           E("Company", "Propel Media, Inc.", "PMI", "Propel Media")],
 roles=[], relations=[], outages=[],
 dates=[D("July 17, 2023", "2023-07-17")])
A["ftc-merger-cases-vyera-shkreli-illumina-pacbio-par-petroleum"] = dict(
 # Illumina/PacBio abandoned -> nothing; 'Vyera ... Scheme to Protect a List-Price Increase ... for ... Drug Daraprim'
 # -> provider(Daraprim, Vyera) (the company prices the drug); Par's storage agreement names no other party
 entities=[FTC, E("Organization", "NY Attorney General"), E("Company", "Vyera Pharmaceuticals"),
           E("Person", "Martin Shkreli"), E("Service", "Daraprim"),
           E("Company", "Illumina Inc.", "Illumina"),
           E("Company", "Pacific Biosciences of California, Inc.", "Pacific Biosciences of California", "PacBio"),
           E("Location", "U.S."), E("Company", "Par Petroleum Corp."), E("Location", "Barbers Point Terminal"),
           E("Location", "Hawaii")],
 roles=[], relations=[L("Daraprim", "provider", "Vyera Pharmaceuticals")], outages=[],
 dates=[D("Jan. 2, 2020", "2020-01-02")])
A["ftc-statements-fidelity-stewart-draftkings-fanduel-abandon"] = dict(
 # two abandoned deals -> nothing; 'FTC's Bureau of Competition' -> parentOrganization; Director / Acting Director of
 # the bureau -> director (current); published null -> 'today' unresolved, '2019' kept
 entities=[E("Person", "Bruce Hoffman"), E("Organization", "FTC", "Federal Trade Commission"),
           E("Organization", "Bureau of Competition"), E("Company", "Fidelity National Financial, Inc."),
           E("Company", "Stewart Information Services Corporation", "Stewart Information Services"),
           E("Location", "United States"), E("Person", "Markus H. Meier"), E("Company", "DraftKings"),
           E("Company", "FanDuel")],
 roles=[R("Bruce Hoffman", "director", "Bureau of Competition"), R("Markus H. Meier", "director", "Bureau of Competition")],
 relations=[L("Bureau of Competition", "parentOrganization", "FTC")], outages=[],
 dates=[D("2019", "2019")])
A["oireachtas-committee-aer-lingus-stobart-air-iag-bid-barrington-kavanagh-2015"] = dict(
 # 'Stobart Air, operators of Aer Lingus Regional' -> provider; the take-over bid -> nothing; Goldman Sachs's
 # witness has no title -> no role; deputies -> no role; 'business development director' -> director
 entities=[E("Person", "Helen McEntee"), E("Person", "Seán Kenny"), E("Company", "Aer Lingus"),
           E("Company", "Stobart Air"), E("Service", "Aer Lingus Regional", "Aer Lingus regional"),
           E("Company", "international consolidated airlines group", "IAG"), E("Person", "Colm Barrington"),
           E("Person", "Stephen Kavanagh"), E("Person", "Eduard van Wyk"), E("Company", "Goldman Sachs"),
           E("Person", "Sean Brogan"), E("Person", "Peter O'Mara"), E("Organization", "IBEC"),
           E("Person", "Willie Walsh")],
 roles=[R("Colm Barrington", "chairman", "Aer Lingus"), R("Stephen Kavanagh", "ceo", "Aer Lingus"),
        R("Sean Brogan", "ceo", "Stobart Air"), R("Peter O'Mara", "director", "Stobart Air")],
 relations=[L("Aer Lingus Regional", "provider", "Stobart Air")], outages=[],
 dates=[D("Today", "2015-02-17")])
A["oireachtas-committee-dun-laoghaire-harbour-company-chairperson-designate-2013"] = dict(
 entities=[E("Person", "Mary Mitchell O'Connor"), E("Person", "Noel Harrington"),
           E("Person", "Eithne Scott-Lennon", "Scott-Lennon"), E("Company", "Dún Laoghaire Harbour Company")],
 roles=[R("Eithne Scott-Lennon", "chairman", "Dún Laoghaire Harbour Company")],
 relations=[], outages=[],
 dates=[D("May 2011", "2011-05")])
A["oireachtas-committee-iag-walsh-aer-lingus-takeover-bid-2015"] = dict(
 # a takeover bid -> nothing (near-miss)
 entities=[E("Company", "International Consolidated Airlines Group SA", "IAG"), E("Company", "Aer Lingus"),
           E("Location", "Spain"), E("Person", "Willie Walsh", "Walsh"), E("Person", "Finbarr Griffin")],
 roles=[R("Willie Walsh", "ceo", "International Consolidated Airlines Group SA")],
 relations=[], outages=[], dates=[])
A["oireachtas-committee-mobile-operators-eircell-vodafone-eircom-shares-2003"] = dict(
 # 'the Eircell side of the network was sold off to Vodafone in the UK' (done) -> acquired + parentOrganization, and
 # Eircell's former owner Eircom (the chair's Eircom shares) -> parentOrganization (doubtful: 'side of the network')
 entities=[E("Organization", "Consumers Association of Ireland", "Consumers Association"), E("Organization", "ComReg"),
           E("Company", "O2"), E("Company", "Vodafone"), E("Company", "Meteor"), E("Company", "Hutchinson-3G"),
           E("Company", "Eircom"), E("Company", "Eircell"), E("Location", "UK")],
 roles=[],
 relations=[L("Vodafone", "acquired", "Eircell"), L("Eircell", "parentOrganization", "Vodafone"),
            L("Eircell", "parentOrganization", "Eircom")],
 outages=[],
 dates=[D("Today", "2003-10-14")])
A["oireachtas-committee-vodafone-ireland-call-charges-donovan-fahy-2004"] = dict(
 # witnesses named with their company and no title -> no role
 entities=[E("Person", "Paul Donovan", "Donovan"), E("Person", "Gerry Fahy"), E("Company", "Vodafone Ireland")],
 roles=[], relations=[], outages=[],
 dates=[D("14 October 2003", "2003-10-14")])
A["uk-written-answer-dft-agencies-strategic-communication-laboratories-2018"] = dict(
 # 'The central Department and its four executive agencies – ...' with the Department for Transport named in the
 # heading line -> parentOrganization of each agency; 'its subsidiary' unnamed -> nothing; MPs -> no role
 entities=[E("Organization", "Department for Transport"), E("Person", "Deidre Brock"), E("Person", "Nusrat Ghani"),
           E("Company", "Strategic Communication Laboratories"),
           E("Organization", "Driver and Vehicle Licensing Agency"), E("Organization", "Driver and Vehicle Standards Agency"),
           E("Organization", "Maritime and Coastguard Agency"), E("Organization", "Vehicle Certification Agency")],
 roles=[],
 relations=[L(a, "parentOrganization", "Department for Transport") for a in
            ("Driver and Vehicle Licensing Agency", "Driver and Vehicle Standards Agency",
             "Maritime and Coastguard Agency", "Vehicle Certification Agency")],
 outages=[],
 dates=[D("29 March 2018", "2018-03-29"), D("2010", "2010")])
# ---- part 2: its own sorted cycle (IDS2), so that part 1's splits are unchanged ---------------------------------------
IDS2 = sorted("""cma-case-page-unite-group-liberty-living-cleared-2019
cma-case-page-paypal-holdings-izettle-completed-acquisition-2018
cma-case-page-amazon-deliveroo-minority-shareholding-2020
oireachtas-committee-ryanair-oleary-aer-lingus-merger-offer-2008
oireachtas-committee-ryanair-oleary-wilson-aviation-policy-2022""".split())
A2 = {}
A2["cma-case-page-unite-group-liberty-living-cleared-2019"] = dict(
 # 'cleared the anticipated acquisition by Unite Group plc of Liberty Living Group plc' -> acquired only
 entities=[E("Organization", "Competition and Markets Authority", "CMA"), E("Company", "Unite Group plc"),
           E("Company", "Liberty Living Group plc"), E("Location", "United Kingdom")],
 roles=[], relations=[L("Unite Group plc", "acquired", "Liberty Living Group plc")], outages=[],
 dates=[D("13 December 2019", "2019-12-13"), D("6 November 2019", "2019-11-06"), D("25 September 2019", "2019-09-25"),
        D("11 September 2019", "2019-09-11"), D("11 September", "2019-09-11")])
A2["cma-case-page-paypal-holdings-izettle-completed-acquisition-2018"] = dict(
 # 'the completed acquisition by PayPal Holdings, Inc. of iZettle AB' -> acquired + parentOrganization; PayPal SE and
 # PayPal (Europe) Sarl et Cie SCA served with the order beside the parent: no relation stated
 entities=[E("Organization", "CMA"), E("Company", "PayPal Holdings, Inc."), E("Company", "iZettle AB"),
           E("Location", "United Kingdom"), E("Company", "PayPal SE"), E("Company", "PayPal (Europe) Sarl et Cie SCA")],
 roles=[],
 relations=[L("PayPal Holdings, Inc.", "acquired", "iZettle AB"), L("iZettle AB", "parentOrganization", "PayPal Holdings, Inc.")],
 outages=[],
 dates=[D("26 November 2018", "2018-11-26"), D("1 October", "2018-10-01"), D("12 October 2018", "2018-10-12"),
        D("1 October 2018", "2018-10-01"), D("19 September 2018", "2018-09-19")])
A2["cma-case-page-amazon-deliveroo-minority-shareholding-2020"] = dict(
 # a minority shareholding and rights -> no acquired; 'Roofoods Ltd (trading as Deliveroo)' -> alias; the same
 # acquisition 'by NV Investment Holdings LLC' and 'by Amazon' -> parentOrganization(NV Investment Holdings, Amazon)
 # (doubtful: a careful reader's conclusion); 'Friday 10 July' with published null -> no date
 entities=[E("Organization", "CMA"), E("Company", "NV Investment Holdings LLC"), E("Company", "Roofoods Ltd", "Deliveroo"),
           E("Company", "Amazon")],
 roles=[], relations=[L("NV Investment Holdings LLC", "parentOrganization", "Amazon")], outages=[],
 dates=[D("27.12.19", "2019-12-27"), D("6.8.20", "2020-08-06"), D("7 September 2020", "2020-09-07"),
        D("4 August 2020", "2020-08-04"), D("24 June 2020", "2020-06-24"), D("17 April 2020", "2020-04-17"),
        D("28 January 2020", "2020-01-28")])
A2["oireachtas-committee-ryanair-oleary-aer-lingus-merger-offer-2008"] = dict(
 # 'Ryanair's offer to merge with Aer Lingus' -> nothing (near-miss); the witness's adviser from a law firm -> no title
 entities=[E("Person", "Michael O'Leary", "Michael O’Leary", "O'Leary"), E("Company", "Ryanair"),
           E("Person", "John Given"), E("Company", "A&L Goodbody"), E("Company", "Aer Lingus")],
 roles=[R("Michael O'Leary", "ceo", "Ryanair")], relations=[], outages=[],
 dates=[D("2008", "2008")])
A2["oireachtas-committee-ryanair-oleary-wilson-aviation-policy-2022"] = dict(
 # 'group CEO of Ryanair' and 'CEO of Ryanair' -> ceo each at Ryanair (the text names one Ryanair)
 entities=[E("Person", "Matthews"), E("Location", "Ireland"), E("Person", "Michael O'Leary"), E("Company", "Ryanair"),
           E("Person", "Eddie Wilson")],
 roles=[R("Michael O'Leary", "ceo", "Ryanair"), R("Eddie Wilson", "ceo", "Ryanair")], relations=[], outages=[],
 dates=[])
for v in A2.values():
    v.setdefault("outages", [])
for v in A.values():
    v.setdefault("outages", [])

if __name__ == "__main__":
    assert sorted(A) == IDS, set(IDS) ^ set(A)
    assert sorted(A2) == IDS2, set(IDS2) ^ set(A2)
    b10.IDS, b10.A = IDS, A
    b10.write_splits(sys.argv[1], sys.argv[2])
    b10.IDS, b10.A = IDS2, A2
    b10.write_splits(sys.argv[1], sys.argv[2])
