#!/usr/bin/env python3
"""Batch 16e gold annotations (the 15 texts of batch16e.py), written from each text alone before newskg was run on any
of them. Split rule fixed before annotation: the 15 ids sorted, then dealt along test, train, dev, train (the
sub-batch's own cycle, as every sub-batch since 8b).
usage: batch16e_annotate.py POOL_DIR eval/corpus"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs
import batch10_annotate as b10

IDS = sorted("""doj-verizon-divest-assets-acquisition-alltel-barnett-2008
ftc-competition-cases-endo-par-wright-medical-tornier
ftc-merger-cases-pfizer-wyeth-hikma-ben-venue-divestitures
ftc-merger-cases-teva-cephalon-perrigo-paddock-divestitures
ftc-prescription-drugs-cases-ani-novitium-bristol-myers-squibb-celgene-otezla
hansard-commons-debate-lessons-collapse-carillion-reeves-2018
hansard-commons-statement-sky-fox-merger-bradley-cma-referral-2017
hansard-written-statement-news-media-merger-lebedev-independent-2019
hansard-written-statement-telegraph-media-group-redbird-imi-intervention-2024
oireachtas-dail-leaders-questions-energy-prices-flogas-bord-gais-energia-profits-2025
oireachtas-dail-motion-energy-costs-bord-gais-sse-airtricity-energia-profits-2025
oireachtas-dail-statement-minister-inm-celtic-media-acquisition-nuj-2018
oireachtas-dail-written-answer-media-mergers-inm-celtic-media-bai-2018
oireachtas-dail-written-answer-national-lottery-licence-premier-lotteries-camelot-2013
oireachtas-dail-written-answer-national-lottery-licence-sale-an-post-camelot-2014""".split())
A = {}


# ---- US merger cases ----------------------------------------------------------------------------------------------
A["doj-verizon-divest-assets-acquisition-alltel-barnett-2008"] = dict(
 entities=[E("Location", "WASHINGTON"), E("Organization", "Department of Justice", "Department"),
           E("Company", "Verizon Communications Corp.", "Verizon"), E("Company", "Alltel Corp.", "Alltel")]
 + locs("North Dakota", "South Dakota", "Colorado", "Georgia", "Kansas", "Montana", "South Carolina", "Utah", "Wyoming",
        "Alabama", "Arizona", "California", "Idaho", "Illinois", "Iowa", "Minnesota", "Nebraska", "Nevada", "New Mexico",
        "North Carolina", "Ohio", "Virginia")
 + [E("Organization", "Antitrust Division"), E("Organization", "U.S. District Court for the District of Columbia"),
    E("Person", "Thomas O. Barnett")],
 roles=[R("Thomas O. Barnett", "head", "Antitrust Division")],  # 'Assistant Attorney General in charge of the ... Division'
 # 'its $28 billion acquisition of Alltel', allowed to proceed with divestitures under a proposed settlement: agreed,
 # not completed -> acquired only
 relations=[L("Verizon Communications Corp.", "acquired", "Alltel Corp."),
            L("Antitrust Division", "parentOrganization", "Department of Justice")],  # 'the Department's Antitrust Division'
 outages=[],
 dates=[D("today", "2008-10-30")])
A["ftc-competition-cases-endo-par-wright-medical-tornier"] = dict(
 entities=[E("Company", "Endo International plc", "Endo"), E("Company", "Par Pharmaceuticals, Inc.", "Par"),
           E("Organization", "FTC"), E("Location", "New Jersey"), E("Company", "Rising Pharmaceuticals", "Rising"),
           E("Service", "Effexor XR"), E("Location", "U.S."), E("Company", "Wright Medical Group, Inc.", "Wright"),
           E("Company", "Tornier N.V.", "Tornier")],
 roles=[],
 # Endo's proposed acquisition of Par, let through by a divestiture settlement (as the corpus's conditionally approved
 # acquisitions) -> acquired; 'Endo must supply Rising with the divested products for two years' -> supply contract;
 # the Wright/Tornier 'merger': who buys whom not stated -> nothing; generic drug substances are not named products
 relations=[L("Endo International plc", "acquired", "Par Pharmaceuticals, Inc."),
            L("Endo International plc", "partner", "Rising Pharmaceuticals")],
 outages=[], dates=[])
A["ftc-merger-cases-pfizer-wyeth-hikma-ben-venue-divestitures"] = dict(
 entities=[E("Company", "Pfizer Inc."), E("Company", "Wyeth"), E("Organization", "Commission"), E("Location", "U.S."),
           E("Company", "Bedford Laboratories"), E("Company", "Hikma Pharmaceuticals PLC", "Hikma Pharmaceuticals", "Hikma"),
           E("Company", "Ben Venue Laboratories, Inc.")],
 roles=[],
 # Pfizer's proposed acquisition of Wyeth, let through with divestitures under a consent order -> acquired; Hikma's
 # purchase of drug rights and assets from Ben Venue: an asset purchase -> nothing; Bedford's tie to Hikma or Ben Venue
 # is not stated
 relations=[L("Pfizer Inc.", "acquired", "Wyeth")],
 outages=[], dates=[])
A["ftc-merger-cases-teva-cephalon-perrigo-paddock-divestitures"] = dict(
 entities=[E("Company", "Teva Pharmaceutical Industries Ltd.", "Teva"), E("Company", "Cephalon, Inc.", "Cephalon"),
           E("Organization", "FTC", "Commission"), E("Service", "Provigil"), E("Company", "Par Pharmaceuticals, Inc.", "Par"),
           E("Company", "Perrigo Company", "Perrigo"), E("Company", "Paddock Laboratories, Inc.", "Paddock"),
           E("Company", "Watson Pharmaceuticals, Inc.")],
 roles=[],
 relations=[L("Teva Pharmaceutical Industries Ltd.", "acquired", "Cephalon, Inc."),  # conditionally cleared acquisitions
            L("Perrigo Company", "acquired", "Paddock Laboratories, Inc."),
            L("Provigil", "provider", "Cephalon, Inc."),  # 'Cephalon's wakefulness drug Provigil'
            # 'requires Teva to enter into a supply agreement that will allow Par to sell a generic version' -> supply
            L("Teva Pharmaceutical Industries Ltd.", "partner", "Par Pharmaceuticals, Inc.")],
 outages=[],
 dates=[D("10/7/2011", "2011-10-07"), D("2012", "2012"), D("7/3/2012", "2012-07-03"), D("7/26/2011", "2011-07-26"),
        D("6/26/2012", "2012-06-26")])
A["ftc-prescription-drugs-cases-ani-novitium-bristol-myers-squibb-celgene-otezla"] = dict(
 entities=[E("Organization", "Federal Trade Commission", "Commission"), E("Company", "ANI Pharmaceuticals, Inc.", "ANI"),
           E("Company", "Novitium Pharma LLC", "Novitium"), E("Company", "Prasco LLC", "Prasco"),
           E("Location", "United States", "U.S."),
           E("Company", "Bristol-Myers Squibb Company", "BMS", "Bristol Meyers Squibb"),
           E("Company", "Celgene Corporation", "Celgene"), E("Service", "Otezla"), E("Company", "Amgen, Inc.")],
 roles=[],
 relations=[L("ANI Pharmaceuticals, Inc.", "acquired", "Novitium Pharma LLC"),  # final consent order: cleared
            L("Bristol-Myers Squibb Company", "acquired", "Celgene Corporation"),  # 'after consummating the ... acquisition'
            L("Otezla", "provider", "Celgene Corporation")],  # 'Celgene's Otezla'; its sale to Amgen: an asset sale
 outages=[],
 dates=[D("Jan. 12, 2022", "2022-01-12"), D("Nov. 12, 2021", "2021-11-12")])
# ---- UK -----------------------------------------------------------------------------------------------------------
A["hansard-commons-debate-lessons-collapse-carillion-reeves-2018"] = dict(
 entities=[E("Organization", "Business, Energy and Industrial Strategy Committee"), E("Organization", "Work and Pensions Committee"),
           E("Company", "Carillion"), E("Organization", "Committee of Public Accounts"),
           E("Organization", "Public Administration and Constitutional Affairs Committee"), E("Organization", "Liaison Committee"),
           E("Organization", "Backbench Business Committee"), E("Location", "United Kingdom")],
 roles=[],  # the mover is not named
 relations=[], outages=[],
 dates=[D("7 February 2018", "2018-02-07"), D("today", "2018-07-12"), D("This Sunday", "2018-07-15")])
A["hansard-commons-statement-sky-fox-merger-bradley-cma-referral-2017"] = dict(
 entities=[E("Person", "Karen Bradley"), E("Company", "21st Century Fox"), E("Company", "Sky plc"),
           E("Organization", "Competition and Markets Authority", "CMA"), E("Organization", "Ofcom")],
 roles=[],  # 'Secretary of State for Digital, Culture, Media and Sport': no country named on its own
 relations=[],  # 'the proposed merger between 21st Century Fox and Sky plc': who buys whom not stated, not cleared
 outages=[],
 dates=[D("the summer", "2017")])  # 'over the summer': a season -> the year
A["hansard-written-statement-news-media-merger-lebedev-independent-2019"] = dict(
 entities=[E("Person", "Jeremy Wright"), E("Company", "Lebedev Holdings Limited", "LHL"),
           E("Company", "Independent Digital News and Media Limited", "IDNM"), E("Company", "Evening Standard"),
           E("Company", "The Independent"), E("Company", "International Media Company", "IMC"), E("Company", "Scalable LP"),
           E("Organization", "Ofcom"), E("Organization", "Competition and Markets Authority", "CMA")],
 roles=[],  # Secretary of State: no country named on its own
 # 'LHL and IDNM, the owners of the Evening Standard and The Independent' read respectively (LHL's 30% stake and IDNM's
 # are named apart); the 30% stakes bought by IMC and Scalable LP are minority stakes -> nothing
 relations=[L("Evening Standard", "parentOrganization", "Lebedev Holdings Limited"),
            L("The Independent", "parentOrganization", "Independent Digital News and Media Limited")],
 outages=[],
 dates=[D("today", "2019-06-13"), D("5pm on Monday 17 June", "2019-06-17T17:00"), D("24 June", "2019-06-24")])
A["hansard-written-statement-telegraph-media-group-redbird-imi-intervention-2024"] = dict(
 entities=[E("Person", "Lucy Frazer"), E("Company", "RedBird IMI"), E("Company", "Telegraph Media Group"),
           E("Service", "gov.uk")],
 roles=[],  # Secretary of State: no country named on its own
 relations=[],  # 'the planned acquisition of Telegraph Media Group by RedBird IMI', 'proposed new owners': not agreed as
                # stated -> nothing; the Barclay family (current owners) is no entity
 outages=[],
 dates=[D("today", "2024-01-24")])  # 'This week' skipped
# ---- Ireland ------------------------------------------------------------------------------------------------------
A["oireachtas-dail-leaders-questions-energy-prices-flogas-bord-gais-energia-profits-2025"] = dict(
 entities=[E("Location", "Gaza"), E("Location", "Middle East"), E("Company", "Flogas"), E("Company", "Bord Gáis"),
           E("Company", "Pinergy"), E("Company", "Energia")],
 roles=[],  # the Taoiseach is not named
 relations=[],  # Flogas's parent company is not named
 outages=[],
 dates=[D("last year", "2024")])  # 'last week' skipped
A["oireachtas-dail-motion-energy-costs-bord-gais-sse-airtricity-energia-profits-2025"] = dict(
 entities=[E("Company", "Bord Gáis Energy"), E("Company", "SSE Airtricity"), E("Company", "Flogas"), E("Company", "Energia"),
           E("Company", "Pinergy"), E("Company", "ESB"), E("Location", "Europe")],
 roles=[], relations=[], outages=[],
 dates=[D("today", "2025-09-23"), D("last year", "2024")])
A["oireachtas-dail-statement-minister-inm-celtic-media-acquisition-nuj-2018"] = dict(
 entities=[E("Company", "Independent News & Media", "INM"), E("Company", "Celtic Media Group"),
           E("Company", "The Anglo-Celt"), E("Company", "The Meath Chronicle"), E("Company", "Forum"),
           E("Company", "Westmeath Examiner"), E("Company", "Westmeath Independent"), E("Company", "The Connaught Telegraph"),
           E("Company", "Offaly Independent"), E("Organization", "National Union of Journalists", "NUJ"),
           E("Person", "Séamus Dooley", "Dooley"), E("Organization", "Competition and Consumer Protection Commission"),
           E("Organization", "Broadcasting Authority of Ireland"), E("Person", "Brian Stanley"), E("Person", "Denis O'Brien")],
 roles=[],  # Séamus Dooley 'of the NUJ': no title; Deputy Brian Stanley: a legislator
 # 'the portfolio of regional newspapers owned by the Celtic Media Group. The titles ... were ...'; INM's agreed deal buys
 # the newspapers (assets of the group), so no acquired
 relations=[L(t, "parentOrganization", "Celtic Media Group") for t in
            ("The Anglo-Celt", "The Meath Chronicle", "Forum", "Westmeath Examiner", "Westmeath Independent",
             "The Connaught Telegraph", "Offaly Independent")],
 outages=[],
 # 'On 26 October' (said in April 2018 about 2016) skipped: against `published` it would be 2017, the context says 2016
 dates=[D("early September 2016", "2016-09"), D("3 September 2016", "2016-09-03"), D("5 September 2016", "2016-09-05")])
A["oireachtas-dail-written-answer-media-mergers-inm-celtic-media-bai-2018"] = dict(
 entities=[E("Person", "Peadar Tóibín"), E("Company", "INM"), E("Company", "Celtic Media Group", "CMNL"),
           E("Organization", "Competition and Consumer Protection Commission"),
           E("Organization", "Broadcasting Authority of Ireland", "Broadcasting Authority", "Authority")],
 roles=[],
 relations=[],  # the newspapers are not named; the purchase was withdrawn
 outages=[],
 dates=[D("early September 2016", "2016-09"), D("10 November 2016", "2016-11-10"), D("21 November 2016", "2016-11-21"),
        D("4 January 2017", "2017-01-04"), D("10 January 2017", "2017-01-10"), D("6 June 2017", "2017-06-06"),
        D("July 2017", "2017-07")])
A["oireachtas-dail-written-answer-national-lottery-licence-premier-lotteries-camelot-2013"] = dict(
 entities=[E("Person", "Mary Lou McDonald"), E("Company", "Premier Lotteries Ireland Limited", "Premier Lotteries Ireland"),
           E("Organization", "Ontario Teachers’ Pension Plan"), E("Company", "Camelot Group"), E("Company", "An Post"),
           E("Service", "National Lottery")],
 roles=[],  # the Minister is not named; Deputy McDonald: a legislator
 # '(the owner of the Camelot Group)'; 'a consortium comprising Ontario Teachers' Pension Plan ..., An Post and An Post
 # pension funds' -> a joint bid; the licence is not yet signed, so no provider for the National Lottery
 relations=[L("Camelot Group", "parentOrganization", "Ontario Teachers’ Pension Plan"),
            L("Ontario Teachers’ Pension Plan", "partner", "An Post")],
 outages=[],
 dates=[D("3rd October 2013", "2013-10-03")])
A["oireachtas-dail-written-answer-national-lottery-licence-sale-an-post-camelot-2014"] = dict(
 entities=[E("Person", "Finian McGrath"), E("Company", "An Post"), E("Location", "Ireland"), E("Service", "National Lottery"),
           E("Company", "Premier Lotteries Ireland"), E("Location", "Wild Atlantic Way"), E("Location", "National Sports Campus"),
           E("Service", "www.per.gov.ie"), E("Organization", "National Children's Hospital"), E("Company", "Camelot"),
           E("Location", "UK"), E("Company", "An Post National Lottery Company")],
 roles=[],
 # 'I granted the next licence to operate the National Lottery to Premier Lotteries Ireland', 'The new operator' ->
 # provider; 'a joint venture between An Post and Camelot' -> partner
 relations=[L("National Lottery", "provider", "Premier Lotteries Ireland"), L("An Post", "partner", "Camelot")],
 outages=[],
 dates=[D("February of this year", "2014-02")])  # 'Budget 2014' (a budget's name) and 'last week' skipped

if __name__ == "__main__":
    assert sorted(A) == IDS, set(IDS) ^ set(A)
    b10.IDS, b10.A = IDS, A
    b10.write_splits(sys.argv[1], sys.argv[2])
