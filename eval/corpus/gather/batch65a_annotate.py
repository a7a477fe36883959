#!/usr/bin/env python3
"""Gold annotations for batch 65a (session 59, gatherer 65a): the three FTC merger texts batch65a.py writes -- the FTC
accepting a consent order over Agrium, Inc.'s acquisition of the nitrogen fertilizer business of Union Oil Company of
California (Unocal) (press release of September 2000, day unknown); Service Corporation International (SCI) required
to sell 22 funeral homes and four cemeteries after its acquisition of Keystone North America Inc. (press release of
March 2010, day unknown); the FTC approving Franchise Services of North America, Inc.'s sale of two former Advantage
Rent A Car concessions to Avis Budget Group and Sixt Rent-A-Car under the 2012 Hertz / Dollar Thrifty settlement
(ftc.gov node/44268, 2014 or 2015, day unknown) -- written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev (batch10_annotate's write_parts):
Agrium / Unocal -> test, FSNA / Hertz -> train, SCI / Keystone -> dev (as write_parts dealt them).
All three have `published` None (no day in the stored texts or in the store), so only absolute time expressions are
dates (GUIDELINES, Dates): Agrium's '1998', FSNA's '2012'; SCI's text has none ('today' is not resolved).
Conventions (the FTC merger texts' of batches 16e, 62b, 62e, 62g, 62m, 63a, 63g, 64a, 64g and 64m, and the federal
lane's; looked up in GATHERING.md, GUIDELINES.md and the gather scripts): the FTC as 'Federal Trade Commission' with
the aliases 'FTC' and 'Commission' where the text writes them alone or as a modifier ('a 2012 FTC settlement', 'The
proposed Commission order', 'Commission approval'); "Director of the FTC's Bureau of Competition" -> director at the
Bureau, current true, the Bureau an Organization with parentOrganization the FTC; Commissioners -> other at the FTC,
current true when 'not participating' in one vote (GUIDELINES; 51zq's and 52d's call); an agreed acquisition the FTC
lets through on conditions -> acquired only (batch 16e's rule; SCI -> Keystone, Hertz -> Dollar Thrifty); the purchase
of a business or assets ('the nitrogen fertilizer business of Unocal', 'these Unocal assets', 'the locations',
'assets located in Portland') -> nothing (GUIDELINES: asset purchases; 64a's GE / Agfa NDT business); 'X produces ...
through its subsidiaries A and B' -> parentOrganization(A, X), parentOrganization(B, X); 'its Advantage rental car
business' -> parentOrganization(the business, its owner) (a named business of a company; ownership stated as past
still recorded); 'also doing business as' -> an alias of the same business; countries, provinces, states, cities,
towns, counties and a region written as a name ('the Northwest') -> Location; seats and market towns -> no relation;
product classes (nitrogen fertilizers, anhydrous ammonia, urea, funeral and cemetery services, airport rental car
concessions), orders, settlements, complaints, amounts, counts and votes -> not annotated.
usage: batch65a_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather66a/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

FTC = "Federal Trade Commission"
BOC = "Bureau of Competition"
AGR = "Agrium, Inc."
UNO = "Union Oil Company of California"
ANP = "Alaska Nitrogen Products, LLC"
PRO = "Prodica LLC"
RGP = "Richard G. Parker"
SCI = "Service Corporation International"
KNA = "Keystone North America Inc."
FSNA = "Franchise Services of North America, Inc."
ADV = "Advantage Rent A Car"
ABG = "Avis Budget Group"
SIXT = "Sixt Rent-A-Car"
HTZ = "Hertz Global Holdings, Inc."
DTG = "Dollar Thrifty Automotive Group, Inc."
JDW = "Joshua D. Wright"
TMS = "Terrell McSweeny"
A = {}

# ---- Agrium, Inc. / Unocal's nitrogen fertilizer business, FTC press release, September 2000 (`published` None) --------
A["us-ftc-agrium-unocal-nitrogen-fertilizer-consent-order-northwest-terminal-2000"] = dict(
 # The Federal Trade Commission (once in full; "the FTC's Bureau": alias 'FTC'; 'The proposed Commission order': alias
 # 'Commission'); Agrium, Inc. ("Agrium, Inc.'s proposed acquisition": the possessive off; 'Agrium' alone many times:
 # alias); Union Oil Company of California ('(Unocal)': alias); Oregon, Idaho, Washington, Texas, Alberta, Canada,
 # Alaska, California (states, a province, a country -> Locations; 'Washington' the state, beside Oregon and Idaho);
 # Alaska Nitrogen Products, LLC and Prodica LLC (named subsidiaries -> Companies, the names as written); Richard G.
 # Parker (once); the Bureau of Competition (the FTC's unit -> Organization); the Northwest ('in the Northwest' twice:
 # a region named as such -> Location 'Northwest' -- **doubtful**: a reader may read it as a direction, not a name).
 # Not annotated: 'nitrogen fertilizers', 'anhydrous ammonia, urea and UAN 32% solution', 'urea formaldehyde resin'
 # (product classes -- **near-miss**: 'UAN 32% solution' reads like a product name, but it is a grade of fertilizer,
 # no one's brand); 'a deepwater terminal' (unnamed); 'farmers', 'Purchasers' (generic); '$501 million', '$337
 # million' (amounts); 'the world's largest producers' (no named place)
 entities=[E("Organization", FTC, "FTC", "Commission"),
           E("Company", AGR, "Agrium"),
           E("Company", UNO, "Unocal"),
           E("Location", "Oregon"),
           E("Location", "Idaho"),
           E("Location", "Washington"),
           E("Location", "Texas"),
           E("Location", "Alberta"),
           E("Location", "Canada"),
           E("Company", ANP),
           E("Company", PRO),
           E("Location", "Alaska"),
           E("Location", "California"),
           E("Person", RGP),
           E("Organization", BOC),
           E("Location", "Northwest")],
 # "Richard G. Parker, Director of the FTC's Bureau of Competition said" -> director at the Bureau of Competition,
 # current true. **Near-misses**: no officer of Agrium or Unocal is named (no company role)
 roles=[R(RGP, "director", BOC)],
 # 'Unocal produces and sells nitrogen fertilizers through its subsidiaries Alaska Nitrogen Products, LLC and Prodica
 # LLC' -> parentOrganization(Alaska Nitrogen Products, LLC, Union Oil Company of California) and
 # parentOrganization(Prodica LLC, Union Oil Company of California); "the FTC's Bureau of Competition" ->
 # parentOrganization(Bureau of Competition, Federal Trade Commission). **Near-misses**: "Agrium, Inc.'s proposed
 # acquisition of the nitrogen fertilizer business of Union Oil Company of California" and "Agrium's purchase of these
 # Unocal assets" (the purchase of a business and assets, not of a company: GUIDELINES -> no acquired(Agrium,
 # Unocal); nor acquired(Agrium, Alaska Nitrogen Products / Prodica) -- **doubtful**: the business is carried on
 # through the two subsidiaries, so a reader may give Agrium an edge to each, but the text never says the
 # subsidiaries themselves are sold -- 64a's GE / Agfa NDT call); 'require Agrium to divest a deepwater terminal and
 # other assets' (no buyer named, assets: nothing); 'Agrium and Unocal are the leading sellers' (rivals: no partner);
 # Agrium's headquarters in Alberta, the facilities in Texas, Alaska, Washington, Oregon and California (seats and
 # plants: no relation type); the consent order and the agreement (a regulator's action: nothing)
 relations=[L(ANP, "parentOrganization", UNO),
            L(PRO, "parentOrganization", UNO),
            L(BOC, "parentOrganization", FTC)],
 outages=[],
 # `published` None (the release's day is not known): 'today' is not resolved (GUIDELINES: with published null, list
 # only absolute expressions); 'with 1998 sales' and 'in 1998 totaled' -> '1998' 1998 (one item: the same text and
 # value)
 dates=[D("1998", "1998")])

# ---- Franchise Services of North America / Hertz / Dollar Thrifty, FTC release node/44268 (`published` None) ----------
A["us-ftc-fsna-advantage-rent-a-car-concessions-avis-budget-sixt-hertz-dollar-thrifty-order"] = dict(
 # The Federal Trade Commission (once in full; 'a 2012 FTC settlement': alias 'FTC'; 'a Commission-approved buyer',
 # 'Commission approval', 'The Commission vote': alias 'Commission'); Franchise Services of North America, Inc.
 # ('(FSNA)': alias); Advantage Rent A Car ('two former Advantage Rent A Car airport rental car concessions': the
 # rental business's name -> Company, as the corpus types car rental firms; "its Advantage rental car business":
 # alias 'Advantage'; 'also doing business as  Simply Wheelz LLC': the same business's other name -> alias 'Simply
 # Wheelz LLC' -- **doubtful**: a reader may make Simply Wheelz LLC a Company of its own, the legal owner of the
 # brand; the text gives the two names to one business); Portland, Oregon, San Jose, California (-> four Locations);
 # Avis Budget Group and Sixt Rent-A-Car (the buyers -> Companies, the names as written); Hertz Global Holdings, Inc.
 # ('required Hertz to sell': alias 'Hertz'); Dollar Thrifty Automotive Group, Inc. (once, no short form); Joshua D.
 # Wright and Terrell McSweeny ('Commissioners ... not participating' -> Persons). Not annotated: 'airport rental car
 # concessions', 'the locations', 'the divested assets' (unnamed assets); the final order, the settlement, the
 # application (documents, a regulator's action); '$2.3 billion', '3-0-2' (an amount, a vote). The left-out contact
 # line named Daniel P. Ducore of the Bureau of Competition: not in the text, not annotated
 entities=[E("Organization", FTC, "FTC", "Commission"),
           E("Company", FSNA, "FSNA"),
           E("Company", ADV, "Advantage", "Simply Wheelz LLC"),
           E("Location", "Portland"),
           E("Location", "Oregon"),
           E("Company", ABG),
           E("Location", "San Jose"),
           E("Location", "California"),
           E("Company", SIXT),
           E("Company", HTZ, "Hertz"),
           E("Company", DTG),
           E("Person", JDW),
           E("Person", TMS)],
 # 'Commissioners Joshua D. Wright and Terrell McSweeny not participating' -> other at the Federal Trade Commission
 # (GUIDELINES: Commissioners -> other), each current true (not taking part in one vote is no leaving: 51zq's and
 # 52d's call). **Near-misses**: no officer of FSNA, Hertz, Avis Budget Group or Sixt is named (no company role)
 roles=[R(JDW, "other", FTC), R(TMS, "other", FTC)],
 # "resolve charges that its proposed $2.3 billion acquisition of Dollar Thrifty Automotive Group, Inc. would have
 # been anticompetitive", settled by the 2012 order -> acquired(Hertz Global Holdings, Inc., Dollar Thrifty
 # Automotive Group, Inc.) only (an agreed acquisition the FTC let through on conditions: batch 16e's rule; the text
 # calls it 'proposed' as of the settlement and never says it closed -- no parentOrganization); 'required Hertz to
 # sell its Advantage rental car business' -> parentOrganization(Advantage Rent A Car, Hertz Global Holdings, Inc.)
 # (Hertz's own named business; ownership since sold is still recorded -- GUIDELINES, relations carry no time;
 # **doubtful**: a reader may leave it out as a business the text only shows being sold). **Near-misses**: 'FSNA
 # acquired the locations from Hertz' and the sale of the Advantage business 'to a Commission-approved buyer' (assets
 # and a business sale, its buyer not named in that clause: no acquired(FSNA, Advantage), no parentOrganization of
 # Advantage under FSNA -- **doubtful**: a reader may join the two clauses and make FSNA the buyer of the business);
 # 'FSNA will sell assets located in Portland, Oregon to Avis Budget Group, and assets located in San Jose, California
 # to Sixt Rent-A-Car' (asset sales: no acquired, no partner); 'former Advantage Rent A Car airport rental car
 # concessions' (airport concessions are contracts with airports, none named: no partner); the settlement and the
 # final order (a regulator's action: nothing)
 relations=[L(HTZ, "acquired", DTG),
            L(ADV, "parentOrganization", HTZ)],
 outages=[],
 # `published` None (the release's day is not known): 'a 2012 FTC settlement' -> '2012' 2012 (absolute). Not dates:
 # 'within three years', 'currently' (no calendar value)
 dates=[D("2012", "2012")])

# ---- Service Corporation International / Keystone North America Inc., FTC press release, March 2010 (`published` None)
A["us-ftc-service-corporation-international-keystone-north-america-funeral-homes-cemeteries-2010"] = dict(
 # Service Corporation International ('(SCI)': alias; "SCI's" the possessive off); Keystone North America Inc. (once
 # in full; "acquisition of Keystone": alias 'Keystone'); the Federal Trade Commission (once in full; "the FTC's
 # concerns", 'According to the FTC', 'FTC-approved buyers', "The FTC's consent order": alias 'FTC'; no 'Commission'
 # alone); North America ('provider in North America' -> Location); the market towns and states, each a Location
 # once however often written: Yuma, Arizona, Monterey, California, Denver, Colorado, Auburndale and Winter Haven
 # ('Auburndale/Winter Haven': two towns), Florida, Vidalia, Georgia, Bossier City, Louisiana, Lansing, Michigan, East
 # Aurora, New York, Northern Rockland County (the market's name as written -- **doubtful**: a reader may name the
 # county 'Rockland County' and leave 'Northern' as a direction), Charlotte, North Carolina, Greensboro, Columbia,
 # South Carolina, West Columbia and Lexington ('West Columbia/Lexington': two towns), New Tazewell, Tennessee,
 # Lynchburg, Virginia, Yakima, Washington (the state, after Yakima), Macon. Not annotated: 'the nation' (unnamed);
 # 'funeral homes', 'cemeteries', 'funeral and cemetery services' (unnamed facilities, service classes: no Service);
 # 'FTC-approved buyers' (unnamed); '22', 'four', '19', '16', '90 days' (counts, a period)
 entities=[E("Company", SCI, "SCI"),
           E("Company", KNA, "Keystone"),
           E("Organization", FTC, "FTC"),
           E("Location", "North America"),
           E("Location", "Yuma"),
           E("Location", "Arizona"),
           E("Location", "Monterey"),
           E("Location", "California"),
           E("Location", "Denver"),
           E("Location", "Colorado"),
           E("Location", "Auburndale"),
           E("Location", "Winter Haven"),
           E("Location", "Florida"),
           E("Location", "Vidalia"),
           E("Location", "Georgia"),
           E("Location", "Bossier City"),
           E("Location", "Louisiana"),
           E("Location", "Lansing"),
           E("Location", "Michigan"),
           E("Location", "East Aurora"),
           E("Location", "New York"),
           E("Location", "Northern Rockland County"),
           E("Location", "Charlotte"),
           E("Location", "North Carolina"),
           E("Location", "Greensboro"),
           E("Location", "Columbia"),
           E("Location", "South Carolina"),
           E("Location", "West Columbia"),
           E("Location", "Lexington"),
           E("Location", "New Tazewell"),
           E("Location", "Tennessee"),
           E("Location", "Lynchburg"),
           E("Location", "Virginia"),
           E("Location", "Yakima"),
           E("Location", "Washington"),
           E("Location", "Macon")],
 # No role: the stored text quotes no official and names no officer of SCI or Keystone (**near-miss**: a reader who
 # knows the release may look for the Bureau Director's words, which the kept text does not have)
 roles=[],
 # "following its acquisition of Keystone North America Inc.", "SCI's proposed acquisition of Keystone" and 'within
 # 90 days of SCI's acquisition of Keystone' (the sales follow a deal not yet closed) -> acquired(Service Corporation
 # International, Keystone North America Inc.) only (an agreed acquisition the FTC lets through on conditions: batch
 # 16e's rule; no parentOrganization). **Near-misses**: 'required to sell 22 funeral homes and four cemeteries' to
 # 'FTC-approved buyers' (unnamed facilities, unnamed buyers: nothing); 'the head-to-head competition between these
 # firms' (rivals: no partner); 'the nation's largest provider of funeral and cemetery services' and 'the
 # fifth-largest funeral and cemetery services provider in North America' (rankings: no provider -- no named Service);
 # the market towns (places of the markets: no relation type); the consent order and the complaint (a regulator's
 # action: nothing)
 relations=[L(SCI, "acquired", KNA)],
 outages=[],
 # `published` None (the release's day is not known): 'announced today' is not resolved, and the text holds no
 # absolute time expression ('within 90 days' has no calendar value) -> no dates
 dates=[])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
