#!/usr/bin/env python3
"""Batch 16i gold annotations (the 11 texts of batch16i.py), written from each text alone before newskg was run on any
of them. Split rule fixed before annotation: the 11 ids sorted, then dealt along test, train, dev, train (the batch's
own cycle, as every sub-batch since 8b).
usage: batch16i_annotate.py POOL_DIR eval/corpus"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, locs
import batch10_annotate as b10

IDS = sorted("""doj-federal-register-media-general-lin-media-proposed-final-judgment-2014
doj-media-telecoms-cases-disney-fox-sinclair-nexstar-tribune-t-mobile-sprint-dish
ftc-competition-cases-on-semiconductor-fairchild-littelfuse-fortiline
ftc-food-beverages-cases-pernod-ricard-vs-vin-spirit-mccormick-lawrys-unilever
ftc-horizontal-cases-nestle-ralston-purina-procter-gamble-gillette-penn-national-argosy
ftc-manufacturing-cases-idt-plx-magnesium-elektron-revere-graphics
ftc-press-release-ahold-delhaize-modified-final-order-supervalu-joint-venture-2016
ftc-press-release-albertsons-ab-acquisition-united-supermarkets-texas-stores
ftc-retail-cases-dollar-tree-family-dollar-albertsons-safeway-divestitures
ftc-retail-cases-post-holdings-treehouse-us-foods-services-group-of-america
ftc-software-databases-cases-costar-loopnet-xceligent-fidelity-landamerica""".split())
A = {}


# ---- Justice Department --------------------------------------------------------------------------------------------
A["doj-federal-register-media-general-lin-media-proposed-final-judgment-2014"] = dict(
 entities=[E("Location", "United States", "United States of America"), E("Company", "Media General, Inc.", "Media General"),
           E("Company", "LIN Media LLC", "Lin Media LLC"),
           E("Organization", "United States District Court for the District of Columbia"),
           E("Company", "WVTM-TV"), E("Company", "NBC"), E("Company", "WJCL"), E("Company", "ABC"), E("Company", "WTGS"),
           E("Company", "FOX"), E("Company", "WALA-TV"), E("Company", "WJAR"), E("Company", "WLUK-TV"),
           E("Company", "WCWF"), E("Company", "CW")]
 + locs("Birmingham", "Alabama", "Savannah", "Georgia", "Mobile", "Pensacola", "Florida", "Providence", "Rhode Island",
        "New Bedford", "Massachusetts", "Green Bay", "Appleton", "Wisconsin"),
 roles=[],
 # the proposed acquisition by Media General of LIN Media, resolved by a proposed final judgment requiring divestitures
 # (let through on conditions, as the corpus's other conditionally cleared acquisitions) -> acquired; the stations to
 # be divested: whose they are before the deal is not stated, and '(NBC)' gives no stated affiliation agreement ->
 # nothing; laws (Antitrust Procedures and Penalties Act, Clayton Act) are no entities
 relations=[L("Media General, Inc.", "acquired", "LIN Media LLC")],
 outages=[],
 # 'the same day' (as the Complaint) skipped: same day as October 30, 2014, listed once
 dates=[D("October 30, 2014", "2014-10-30")])
A["doj-media-telecoms-cases-disney-fox-sinclair-nexstar-tribune-t-mobile-sprint-dish"] = dict(
 entities=[E("Company", "Sinclair Broadcasting"), E("Company", "The Walt Disney Company"),
           E("Company", "Twenty-First Century Fox", "Fox"),
           E("Organization", "Department of Justice", "Justice Department", "Department"),
           E("Organization", "Antitrust Division"),
           E("Organization", "U.S. District Court for the Southern District of New York"),
           E("Company", "Nexstar Media Group", "Nexstar"), E("Company", "Tribune Media Company", "Tribune"),
           E("Organization", "U.S. District Court for the District of Columbia"),
           E("Company", "T-Mobile"), E("Company", "Sprint"), E("Company", "Dish")],
 roles=[],
 # 'the Justice Department's Antitrust Division' -> parentOrganization (as batch 16e's DOJ release); Disney's agreement
 # 'to acquire certain assets and businesses from Twenty-First Century Fox' (the regional sports networks, not named
 # one by one) and Sinclair's purchase of the divested networks: asset and business purchases -> nothing; the
 # Nexstar/Tribune and T-Mobile/Sprint 'merger': who buys whom is not stated -> nothing; the divestiture package to
 # Dish: an asset sale -> nothing; 'Fox Regional Sports Networks' in the headline: a group of networks -> no entity
 relations=[L("Antitrust Division", "parentOrganization", "Department of Justice")],
 outages=[],
 dates=[D("Dec. 13, 2017", "2017-12-13"), D("June 27, 2018", "2018-06-27")])
# ---- technology and manufacturing ----------------------------------------------------------------------------------
A["ftc-competition-cases-on-semiconductor-fairchild-littelfuse-fortiline"] = dict(
 entities=[E("Company", "ON Semiconductor Corporation", "ON"), E("Company", "Fairchild Semiconductor International, Inc."),
           E("Location", "Chicago"), E("Company", "Littelfuse, Inc.", "Littelfuse", "Littlefuse"),
           E("Company", "Fortiline, LLC", "Fortiline"), E("Location", "United States"), E("Organization", "FTC")]
 + locs("North Carolina", "Virginia"),
 roles=[],
 # ON's proposed acquisition of Fairchild, settled with a divestiture order -> acquired (conditionally cleared); ON must
 # 'supply Ignition IGBTs for Littlefuse to sell to customers' -> a supply agreement -> partner (as batch 16e's
 # Endo/Rising); the sale of ON's Ignition IGBT business to Littelfuse: a business/asset sale -> nothing more;
 # 'Ignition IGBTs': a kind of chip, not a named product; 'Manufacturer A' is no name
 relations=[L("ON Semiconductor Corporation", "acquired", "Fairchild Semiconductor International, Inc."),
            L("ON Semiconductor Corporation", "partner", "Littelfuse, Inc.")],
 outages=[],
 dates=[D("2010", "2010")])
A["ftc-manufacturing-cases-idt-plx-magnesium-elektron-revere-graphics"] = dict(
 entities=[E("Organization", "FTC", "Commission"), E("Company", "Integrated Device Technology, Inc."),
           E("Company", "PLX Technology, Inc."), E("Company", "Magnesium Elektron North America, Inc.", "Magnesium Elektron"),
           E("Company", "Revere Graphics Worldwide, Inc."), E("Location", "Kansas"), E("Company", "Universal Engraving")],
 roles=[],
 # IDT/PLX: challenged, then 'theparties abandoned the transaction' -> nothing; Magnesium Elektron's acquisition of
 # Revere Graphics, already done ('was anticompetitive', 'the competition eliminated by the merger') -> completed ->
 # acquired and parentOrganization (the guidelines' rule; the text does not say Revere was merged away); the sale of
 # intellectual property and know-how to Universal Engraving: an asset sale -> nothing
 relations=[L("Magnesium Elektron North America, Inc.", "acquired", "Revere Graphics Worldwide, Inc."),
            L("Revere Graphics Worldwide, Inc.", "parentOrganization", "Magnesium Elektron North America, Inc.")],
 outages=[], dates=[])
A["ftc-software-databases-cases-costar-loopnet-xceligent-fidelity-landamerica"] = dict(
 entities=[E("Company", "CoStar Group, Inc.", "CoStar Group", "CoStar"), E("Company", "Lonestar Acquisition Sub, Inc."),
           E("Company", "LoopNet, Inc.", "LoopNet"), E("Organization", "FTC"), E("Location", "United States", "U.S."),
           E("Company", "Xceligent"), E("Company", "Fidelity National Financial, Inc", "Fidelity National Financial, Inc."),
           E("Company", "LandAmerica Financial, Inc.", "LandAmerica Financial")]
 + locs("Portland", "Oregon", "Clackamas", "Multnomah", "Washington", "Benton County", "Jackson County", "Marion County",
        "Linn County", "Detroit", "Michigan", "Oakland", "Macomb", "Wayne"),
 roles=[],
 # CoStar's acquisition of LoopNet, let through by the settling order ('the combined firm') -> acquired; 'LoopNet's
 # ownership interest in Xceligent': a stake of unstated size -> nothing (doubtful); Lonestar Acquisition Sub's tie to
 # CoStar is not stated; Fidelity's '2008 acquisition of three LandAmerica Financial, Inc. subsidiaries': the
 # subsidiaries are not named -> nothing between named entities; title plants: assets
 relations=[L("CoStar Group, Inc.", "acquired", "LoopNet, Inc.")],
 outages=[],
 dates=[D("2008", "2008")])
# ---- retail ----------------------------------------------------------------------------------------------------------
A["ftc-press-release-ahold-delhaize-modified-final-order-supervalu-joint-venture-2016"] = dict(
 entities=[E("Organization", "Federal Trade Commission", "Commission"), E("Company", "Koninklijke Ahold"),
           E("Company", "Delhaize Group"), E("Location", "U.S."), E("Company", "Supervalu"),
           E("Company", "Donstekim Enterprises, LLC")],
 roles=[],
 # 'the $28 billion merger of Koninklijke Ahold and Delhaize Group': who buys whom not stated -> nothing; the order
 # 'approves Supervalu's proposed joint venture transaction with Donstekim Enterprises' -> partner (doubtful: approved,
 # not yet said to be formed)
 relations=[L("Supervalu", "partner", "Donstekim Enterprises, LLC")],
 outages=[],
 dates=[D("July 2016", "2016-07")])
A["ftc-press-release-albertsons-ab-acquisition-united-supermarkets-texas-stores"] = dict(
 entities=[E("Organization", "Federal Trade Commission", "FTC", "Commission"), E("Company", "Albertson’s LLC", "Albertson’s"),
           E("Company", "AB Acquisition LLC"), E("Location", "Texas"), E("Company", "United Supermarkets LLC", "United"),
           E("Location", "United States"), E("Location", "West Texas"), E("Service", "Market Street"), E("Service", "Amigos"),
           E("Location", "Amarillo"), E("Location", "Wichita Falls"),
           E("Company", "MAL Enterprises, Inc.", "MAL Enterprises", "Lawrence Brothers"),
           E("Service", "Lawrence Brothers IGA"), E("Service", "Cash Saver"), E("Service", "Save-A-Lot")],
 roles=[],
 # 'the parent company of Albertson's LLC, AB Acquisition LLC' -> parentOrganization; 'its proposed acquisition of
 # United Supermarkets LLC', let through with two store sales -> acquired (AB Acquisition LLC is 'its'); United
 # 'operates its supermarkets under three different banners: United Supermarkets, Market Street, and Amigos' and MAL
 # 'operates under the Lawrence Brothers IGA, Cash Saver and Save-A-Lot supermarket banners' -> provider for each
 # banner named apart from its company ('United Supermarkets' and 'the Albertson's banner' are the companies' own
 # names, not annotated apart); 'Lawrence Brothers' hiring' refers to the stores' operator -> alias of MAL (doubtful);
 # the store sales to MAL: asset sales -> nothing; laws (FTC Act, Clayton Act) are no entities
 relations=[L("Albertson’s LLC", "parentOrganization", "AB Acquisition LLC"),
            L("AB Acquisition LLC", "acquired", "United Supermarkets LLC"),
            L("Market Street", "provider", "United Supermarkets LLC"), L("Amigos", "provider", "United Supermarkets LLC"),
            L("Lawrence Brothers IGA", "provider", "MAL Enterprises, Inc."), L("Cash Saver", "provider", "MAL Enterprises, Inc."),
            L("Save-A-Lot", "provider", "MAL Enterprises, Inc.")],
 outages=[],
 dates=[D("January 13, 2014", "2014-01-13")])
A["ftc-retail-cases-dollar-tree-family-dollar-albertsons-safeway-divestitures"] = dict(
 entities=[E("Organization", "FTC"), E("Company", "Alimentation Couche-Tard Inc."), E("Company", "CST Brands, Inc."),
           E("Company", "Sycamore Partners II, L.P.", "Sycamore Partners"), E("Company", "Family Dollar Stores, Inc.", "Family Dollar"),
           E("Company", "Dollar General"), E("Company", "Dollar Tree, Inc.", "Dollar Tree"), E("Company", "SuperValu"),
           E("Company", "Saar’s"), E("Company", "Cerberus Institutional Partners V, LP."), E("Company", "AB Acquisition LLC"),
           E("Company", "Safeway Inc."), E("Company", "Albertsons")]
 + locs("Arizona", "California", "Montana", "Nevada", "Oregon", "Texas", "Washington", "Wyoming"),
 roles=[],
 # Dollar Tree's proposed acquisition of Family Dollar, settled by a store sale -> acquired; the Couche-Tard/CST Brands
 # and Albertsons/Safeway 'merger': who buys whom not stated -> nothing; store sales (Family Dollar stores to Sycamore
 # Partners and by it to Dollar General, a supermarket to Saar's): asset sales -> nothing; the ties among Cerberus, AB
 # Acquisition and Albertsons are not stated in this text
 relations=[L("Dollar Tree, Inc.", "acquired", "Family Dollar Stores, Inc.")],
 outages=[], dates=[])
# ---- food and drink, consumer goods ----------------------------------------------------------------------------------
A["ftc-food-beverages-cases-pernod-ricard-vs-vin-spirit-mccormick-lawrys-unilever"] = dict(
 entities=[E("Company", "Pernod Ricard S.A.", "Pernod Ricard SA", "Pernod"), E("Organization", "FTC", "Commission"),
           E("Company", "V&S Vin & Spirit", "V&S"), E("Service", "Absolut"), E("Service", "Stolichnaya Vodka", "Stolichnaya"),
           E("Company", "Beam Global Brands", "Beam"),
           E("Company", "McCormick & Company, Incorporated", "McCormick & Company", "McCormick"),
           E("Service", "Lawry’s"), E("Service", "Adolph’s"), E("Company", "Unilever N.V."), E("Location", "U.S."),
           E("Service", "Season-All"), E("Company", "Morton")],
 roles=[],
 # Pernod's proposed acquisition of V&S, settled by a divestiture -> acquired; 'Beam's joint venture with V&S' ->
 # partner; Absolut's maker is not stated and Pernod holds only 'distribution interests in Stolichnaya Vodka' (a
 # distributor, not the maker) -> no provider; McCormick's purchase of the 'Lawry's and Adolph's brands ... from
 # Unilever N.V.': a purchase of brands (assets) -> no acquired, but the brands were Unilever's -> provider (ownership
 # stated as past is kept); 'its Season-All business' -> provider(Season-All, McCormick); its sale to Morton: an asset
 # sale -> nothing
 relations=[L("Pernod Ricard S.A.", "acquired", "V&S Vin & Spirit"), L("Beam Global Brands", "partner", "V&S Vin & Spirit"),
            L("Lawry’s", "provider", "Unilever N.V."), L("Adolph’s", "provider", "Unilever N.V."),
            L("Season-All", "provider", "McCormick & Company, Incorporated")],
 outages=[], dates=[])
A["ftc-horizontal-cases-nestle-ralston-purina-procter-gamble-gillette-penn-national-argosy"] = dict(
 entities=[E("Company", "Nestle Holdings, Inc.", "Nestle"), E("Company", "Ralston Purina Company", "Ralston"),
           E("Location", "United States"), E("Service", "Meow Mix"), E("Service", "Alley Cat"),
           E("Company", "J.W. Childs Equity Partners II,L.P."),
           E("Company", "The Procter & Gamble Company", "Procter & Gamble Company", "P&G"),
           E("Company", "The Gillette Company", "Gillette Company", "Gillette"), E("Service", "Rembrandt"),
           E("Service", "Crest SpinBrush"), E("Service", "Right Guard"), E("Company", "Philips Oral Health Care, Inc.", "Philips"),
           E("Service", "Crest Sonicare IntelliClean System"), E("Company", "Penn National Gaming, Inc.", "Penn National"),
           E("Location", "Baton Rouge"), E("Location", "Louisiana"), E("Company", "Argosy Gaming Company", "Argosy"),
           E("Company", "Columbia Sussex Corporation")],
 roles=[],
 # Nestle's proposed acquisition of Ralston Purina, settled with a divestiture order -> acquired; 'Ralston's Meow Mix
 # and Alley Cat brands' -> provider; the consent order 'permitted The Procter & Gamble Company's acquisition of ...
 # The Gillette Company' -> acquired; 'Gillette's Rembrandt ...', 'P&G's Crest SpinBrush ...', 'Gillette's Right
 # Guard ...' -> provider; 'its joint venture agreement with Philips Oral Health Care, Inc.' -> partner; the JV's
 # toothbrush: whose product is not stated -> no provider; Penn National's acquisition of Argosy, settled by a casino
 # sale -> acquired; the casino sale to Columbia Sussex: an asset sale -> nothing
 relations=[L("Nestle Holdings, Inc.", "acquired", "Ralston Purina Company"),
            L("Meow Mix", "provider", "Ralston Purina Company"), L("Alley Cat", "provider", "Ralston Purina Company"),
            L("The Procter & Gamble Company", "acquired", "The Gillette Company"),
            L("Rembrandt", "provider", "The Gillette Company"), L("Crest SpinBrush", "provider", "The Procter & Gamble Company"),
            L("Right Guard", "provider", "The Gillette Company"),
            L("The Procter & Gamble Company", "partner", "Philips Oral Health Care, Inc."),
            L("Penn National Gaming, Inc.", "acquired", "Argosy Gaming Company")],
 outages=[], dates=[])
A["ftc-retail-cases-post-holdings-treehouse-us-foods-services-group-of-america"] = dict(
 entities=[E("Company", "Post Holdings, Inc."), E("Company", "TreeHouse Foods, Inc."),
           E("Organization", "Federal Trade Commission", "Commission", "FTC"), E("Location", "United States"),
           E("Company", "US Foods, Inc.", "US Foods"), E("Company", "Services Group of America, Inc.", "SGA"),
           E("Company", "FSA")]
 + locs("Idaho", "North Dakota", "Seattle", "Boise", "Fargo"),
 roles=[],
 # Post's proposed purchase of TreeHouse's cereal business: a business purchase, challenged and abandoned -> nothing;
 # US Foods' proposed acquisition of Services Group of America, settled with a final order -> acquired; FSA's tie to
 # SGA is not stated (FSA is not expanded in the text)
 relations=[L("US Foods, Inc.", "acquired", "Services Group of America, Inc.")],
 outages=[],
 dates=[D("December 19, 2019", "2019-12-19"), D("May 27, 2020", "2020-05-27"), D("Jan. 13, 2020", "2020-01-13"),
        D("Nov. 19, 2019", "2019-11-19")])

if __name__ == "__main__":
    assert sorted(A) == IDS, set(IDS) ^ set(A)
    b10.IDS, b10.A = IDS, A
    b10.write_splits(sys.argv[1], sys.argv[2])
