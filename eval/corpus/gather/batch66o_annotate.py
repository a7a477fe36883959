#!/usr/bin/env python3
"""Gold annotations for batch 66o (session 60, gatherer 66o): the three FTC merger texts batch66o.py writes -- the
FTC's settlement agreement allowing The Dow Chemical Company to complete its tender offer for Sentrachem Limited, with
Hampshire Chemical Company's chelant business to Akzo Nobel N.V. (ftc.gov node/39708, about late 1997, day unknown);
the FTC's final approval of the consent agreement over Columbia/HCA Healthcare Corporation's merger with Healthtrust,
Inc. - The Hospital Company, seven named hospitals divested and a joint venture with the Orlando Regional Health
System ended (ftc.gov node/42899, about October 1995, day unknown); the FTC's settlement with Compagnie de
Saint-Gobain and Saint-Gobain/Norton Industrial Ceramics Corporation over the acquisition of The Carborundum Company
from the British Petroleum Company (ftc.gov node/42691, February 26, 1996) -- written from the texts alone; newskg
was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev (batch10_annotate's write_parts):
Columbia/HCA / Healthtrust -> test, Dow / Sentrachem -> train, Saint-Gobain / Carborundum -> dev (as write_parts dealt
them).
Dow's and Columbia/HCA's texts have `published` None (no day found in the store), so only absolute time expressions
would be dates, and they hold none ('today' is not resolved); Saint-Gobain's has `published` 1996-02-26 and no time
expression. No text has a date item.
Conventions (the FTC merger texts' of batches 16e, 62m, 63g, 64a, 64m, 65a, 65r and 66a, and the federal lane's;
looked up in GATHERING.md, GUIDELINES.md and the gather scripts): the FTC as 'Federal Trade Commission' with the
aliases 'FTC' and 'Commission' where the text writes them alone or as a modifier ('The proposed FTC complaint', 'The
Commission action'); 'Director of the FTC Bureau of Competition' -> director at the Bureau, current true, the Bureau an
Organization with parentOrganization the FTC; an agreed acquisition the FTC lets through on conditions -> acquired only
(batch 16e's rule: Dow -> Sentrachem, Saint-Gobain -> Carborundum); a merger the text shows completed, the target 'now
... a wholly-owned subsidiary' of the buyer -> acquired and parentOrganization (GUIDELINES: Columbia/HCA ->
Healthtrust); 'the acquisition of X from Y' -> parentOrganization(X, Y) (the seller owned what it sells: 64m's Agila /
Strides Arcolab call); subsidiary, division and 'X's named business' statements -> parentOrganization (GUIDELINES;
65a's 'its Advantage rental car business'); a corporate division -> Company (the corpus' 'Chemical Division',
'Consumer Products Division'); hospitals named as facilities to be sold -> Organization (the DOJ merger text on
Morton Plant Hospital); a health system -> Company (Morton Plant Health System Inc.); 'a joint venture with X' ->
partner, direction as written; the sale of a business or assets to a named buyer -> nothing (GUIDELINES: asset
purchases; 64a's GE / Agfa NDT business); states, cities, towns, 'the U.S.' and 'the United States' -> Location (the
places inside 'X-based' too); seats, plants and market areas -> no relation; product classes (chelants, fused cast
refractories, hot surface igniters, silicon carbide refractory bricks), orders, settlements, complaints, amounts and
counts -> not annotated.
usage: batch66o_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather67o/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

FTC = "Federal Trade Commission"
BOC = "Bureau of Competition"
DOW = "The Dow Chemical Company"
SEN = "Sentrachem Limited"
HAM = "Hampshire Chemical Company"
AKZ = "Akzo Nobel N.V."
CHD = "Chemical Division"
CHCA = "Columbia/HCA Healthcare Corporation"
HT = "Healthtrust, Inc. - The Hospital Company"
ORHS = "Orlando Regional Health System"
CSG = "Compagnie de Saint-Gobain"
SGN = "Saint-Gobain/Norton Industrial Ceramics Corporation"
CAR = "The Carborundum Company"
BPC = "British Petroleum Company"
MON = "Monofrax"
WJB = "William J. Baer"
A = {}

# ---- The Dow Chemical Company / Sentrachem Limited, FTC press release node/39708, about late 1997 (`published` None) --
A["us-ftc-dow-chemical-sentrachem-hampshire-chelants-akzo-nobel-settlement-1997"] = dict(
 # The Federal Trade Commission (once in full; 'According to the FTC' twice, 'The proposed FTC complaint', 'the FTC
 # said': alias 'FTC'; no 'Commission' alone); The Dow Chemical Company (in full twice, 'The' written both times as
 # part of the name; 'Dow' alone many times, "Dow's" with the possessive off: alias); Sentrachem Limited ('acquisition of
 # Sentrachem': alias); the U.S. ('operates in the U.S.' -> Location 'U.S.'; 'U.S. producers' the same place);
 # Hampshire Chemical Company ('Hampshire' alone, "Hampshire's chelant business": alias); Akzo Nobel N.V. (once, no
 # short form); Midland, Michigan, Freeport, Texas, Nashua, New Hampshire, Deer Park, Lima, Ohio (a city and state each
 # once; 'Texas' twice, one entity); Chemical Division ("Dow manufactures chelants through its Chemical Division": a
 # named division of a company -> Company, as the corpus types corporate divisions -- **doubtful**: a reader may take
 # 'its Chemical Division' for a description, not a name). Not annotated: 'South African', 'Dutch', 'European', 'North
 # American' (adjectives, no place named as such -- **near-miss**: 'North American sales' reads like a place, but it
 # qualifies the sales); 'chelating agents', 'chelants', 'chelant intermediates', 'hydrogen cyanide' (product classes);
 # 'Hampshire's chelant business' (an unnamed business); '$500 million', '$140 million', '70 percent' (amounts)
 entities=[E("Organization", FTC, "FTC"),
           E("Company", DOW, "Dow"),
           E("Company", SEN, "Sentrachem"),
           E("Location", "U.S."),
           E("Company", HAM, "Hampshire"),
           E("Company", AKZ),
           E("Location", "Midland"),
           E("Location", "Michigan"),
           E("Company", CHD),
           E("Location", "Freeport"),
           E("Location", "Texas"),
           E("Location", "Nashua"),
           E("Location", "New Hampshire"),
           E("Location", "Deer Park"),
           E("Location", "Lima"),
           E("Location", "Ohio")],
 # No role: the kept text quotes no official and names no officer of Dow, Sentrachem, Hampshire or Akzo Nobel
 # (**near-miss**: a reader who knows the release may look for the Bureau Director's words; they are not in the
 # store's excerpt)
 roles=[],
 # 'a settlement agreement ... that would allow Dow to complete its proposed $500 million tender offer for Sentrachem
 # Limited' and "Dow's proposed acquisition of Sentrachem", settled on condition of a divestiture -> acquired(The Dow
 # Chemical Company, Sentrachem Limited) only (an acquisition the FTC lets through on conditions: batch 16e's rule; not
 # said to be completed, so no parentOrganization -- **doubtful**: the text calls it a 'tender offer', and GUIDELINES
 # give offers nothing; the settlement that 'would allow Dow to complete' it and the order that makes Dow divest
 # Hampshire's business read as a deal going ahead, as in 66g's Federal-Mogul lead); 'Sentrachem Limited, a South
 # African chemical company that operates in the U.S. through its wholly-owned subsidiary, Hampshire Chemical Company'
 # -> parentOrganization(Hampshire Chemical Company, Sentrachem Limited); 'Dow manufactures chelants through its
 # Chemical Division' -> parentOrganization(Chemical Division, The Dow Chemical Company) (GUIDELINES: "X's Y division").
 # **Near-misses**: 'requiring Dow to divest Hampshire's chelant business to Akzo Nobel N.V.' (the sale of a business,
 # not of a company: no acquired(Akzo Nobel, Hampshire), no parentOrganization); no acquired(Dow, Hampshire Chemical
 # Company) (Dow buys Sentrachem; Hampshire comes with it, which the text does not say as a purchase of its own --
 # **doubtful**: a reader may give Dow the edge through its parent); 'Dow and Hampshire are the two largest domestic
 # chelant producers' (rivals: no partner); Dow's seat in Midland and the plants in Freeport, Nashua, Deer Park and Lima
 # (seats and plants: no relation type); the settlement agreement and the complaint (a regulator's action: nothing)
 relations=[L(DOW, "acquired", SEN),
            L(HAM, "parentOrganization", SEN),
            L(CHD, "parentOrganization", DOW)],
 outages=[],
 # `published` None (the release's day is not known): 'announced today' is not resolved (GUIDELINES: with published
 # null, only absolute expressions), and the kept text holds no absolute time expression -> no dates
 dates=[])

# ---- Compagnie de Saint-Gobain / The Carborundum Company, FTC press release node/42691, published 1996-02-26 ----------
A["us-ftc-saint-gobain-carborundum-british-petroleum-consent-agreement-1996"] = dict(
 # The Federal Trade Commission (once in full; 'The FTC alleged', 'the FTC Bureau of Competition': alias 'FTC');
 # Compagnie de Saint-Gobain ('the French firm, Compagnie de Saint-Gobain'; 'Saint-Gobain' alone six times and 'Saint
 # Gobain' without the hyphen once: aliases -- the text's 'Saint-Gobain' is the French firm, 'the firm' whose
 # acquisition it is); the U.S. / the United States ('in the United States' twice -> Location 'United States', the
 # modifier 'U.S.' in 'its U.S. subsidiary', 'the U.S. market', 'U.S. businesses', 'U.S. firms' its alias);
 # Saint-Gobain/Norton Industrial Ceramics Corporation (once, no short form -- the slash is part of the name);
 # Worcester, Massachusetts (the subsidiary's seat -> two Locations); The Carborundum Company ('The' written in
 # both full mentions; "Carborundum's" with the possessive off: alias 'Carborundum'); British Petroleum Company
 # ('the British Petroleum Company': 'the' lower-case, not part of the name); Monofrax ("Carborundum's New York-based
 # Monofrax fused cast refractories business": the business's own name -> Company -- **doubtful**: a reader may take
 # 'Monofrax' for a product brand (Service) or leave it as part of a description); New York, Puerto Rico, New Jersey
 # (inside 'New York-based', 'Puerto Rico-based', 'New Jersey-based' -> Locations -- **doubtful**: a reader may leave
 # places inside compound adjectives out); William J. Baer; the Bureau of Competition (the FTC's unit ->
 # Organization). Not annotated: 'fused cast refractories', 'hot surface igniters', 'silicon carbide refractory
 # bricks', 'gas appliances', 'aluminum smelters' (product classes); the hot surface igniter and silicon carbide
 # refractories businesses (unnamed); 'glass manufacturers', 'domestic manufacturers', 'firms that will run them'
 # (generic, unnamed buyers); 'French' (an adjective)
 entities=[E("Organization", FTC, "FTC"),
           E("Company", CSG, "Saint-Gobain", "Saint Gobain"),
           E("Location", "United States", "U.S."),
           E("Company", SGN),
           E("Location", "Worcester"),
           E("Location", "Massachusetts"),
           E("Company", CAR, "Carborundum"),
           E("Company", BPC),
           E("Company", MON),
           E("Location", "New York"),
           E("Location", "Puerto Rico"),
           E("Location", "New Jersey"),
           E("Person", WJB),
           E("Organization", BOC)],
 # '"...," said William J. Baer, Director of the FTC Bureau of Competition' -> director at the Bureau of Competition,
 # current true. **Near-misses**: no officer of Saint-Gobain, Carborundum or British Petroleum is named (no company
 # role)
 roles=[R(WJB, "director", BOC)],
 # "the firm's acquisition of The Carborundum Company from the British Petroleum Company", which the settlement lets
 # go ahead on conditions -> acquired(Compagnie de Saint-Gobain, The Carborundum Company) only (batch 16e's rule; the
 # text calls the deal one that 'likely would lead to monopolies', not a closed one: no parentOrganization to
 # Saint-Gobain -- **doubtful**: the buyer may be the U.S. subsidiary, but 'the firm' is the French firm named just
 # before); '... from the British Petroleum Company' -> parentOrganization(The Carborundum Company, British Petroleum
 # Company) (the seller owned the company it sells: 64m's Agila / Strides Arcolab call -- **doubtful**: the text says
 # 'from', not 'a unit of'); 'the French firm, Compagnie de Saint-Gobain, and its U.S. subsidiary,
 # Saint-Gobain/Norton Industrial Ceramics Corporation' -> parentOrganization(Saint-Gobain/Norton Industrial Ceramics
 # Corporation, Compagnie de Saint-Gobain); "Carborundum's New York-based Monofrax fused cast refractories business" ->
 # parentOrganization(Monofrax, The Carborundum Company) (a company's named business: 65a's Advantage Rent A Car
 # call); "the FTC Bureau of Competition" -> parentOrganization(Bureau of Competition, Federal Trade Commission).
 # **Near-misses**: 'requiring Saint-Gobain to divest businesses and associated assets ... to firms that will run them'
 # (unnamed buyers: nothing; the later buyers Vesuvius Crucible Company and Graphite Sales, Inc. are not in the text);
 # the subsidiary's seat in Worcester, the businesses' places (no relation type); the settlement and the consent
 # agreement (a regulator's action: nothing)
 relations=[L(CSG, "acquired", CAR),
            L(CAR, "parentOrganization", BPC),
            L(SGN, "parentOrganization", CSG),
            L(MON, "parentOrganization", CAR),
            L(BOC, "parentOrganization", FTC)],
 outages=[],
 # `published` 1996-02-26: the kept text holds no time expression ('has negotiated' is undated) -> no dates
 dates=[])

# ---- Columbia/HCA Healthcare Corporation / Healthtrust, FTC press release node/42899, about October 1995 (`published`
# None) ------------------------------------------------------------------------------------------------------------------
A["us-ftc-columbia-hca-healthtrust-final-consent-order-seven-hospitals-1995"] = dict(
 # The Federal Trade Commission (once in full; 'The Commission action': alias 'Commission'; the kept text writes no
 # 'FTC'); Columbia/HCA Healthcare Corporation ('Columbia/HCA' many times and 'Columbia/ HCA' with a space once:
 # aliases, as written); Healthtrust, Inc. - The Hospital Company (the name as the release writes it, the stray full
 # stop after it left off; 'Healthtrust' and "Healthtrust's": alias 'Healthtrust'); the United States ('in the United
 # States'; 'in U.S. history': alias 'U.S.'); Nashville, Tennessee; the hospitals to be sold, each named once as
 # Organizations (the DOJ Morton Plant text's type for a hospital in a merger matter): Santa Rosa Medical Center, North
 # Okaloosa Medical Center, Ville Platte Medical Center, Denton Regional Medical Center, Denton Community Hospital,
 # Davis Hospital and Medical Center, Pioneer Valley Hospital, Jordan Valley Hospital, and South Seminole Hospital (run
 # by the joint venture) -- **doubtful**: GUIDELINES make named sites and facilities Locations, and a reader may type
 # the hospitals so; the places: Milton, Florida, Crestview, Ville Platte (the town, beside the hospital named after
 # it), Louisiana, Denton, Texas, Layton, Utah, West Valley City, West Jordan, Longwood, Orlando; the Orlando Regional
 # Health System (a health system -> Company, as the corpus types Morton Plant Health System Inc. -- **doubtful**: a
 # reader may make a regional health system an Organization). Not annotated: 'the Utah hospitals', 'its other
 # hospitals', 'entities that will operate them' (unnamed); 'the joint venture' (unnamed); 'six different geographic
 # areas' (unnamed); '$3 billion', '280 hospitals', '12 months', 'nine months', 'six months' (amounts, counts, periods)
 entities=[E("Organization", FTC, "Commission"),
           E("Company", CHCA, "Columbia/HCA", "Columbia/ HCA"),
           E("Company", HT, "Healthtrust"),
           E("Location", "United States", "U.S."),
           E("Location", "Nashville"),
           E("Location", "Tennessee"),
           E("Organization", "Santa Rosa Medical Center"),
           E("Location", "Milton"),
           E("Location", "Florida"),
           E("Organization", "North Okaloosa Medical Center"),
           E("Location", "Crestview"),
           E("Organization", "Ville Platte Medical Center"),
           E("Location", "Ville Platte"),
           E("Location", "Louisiana"),
           E("Organization", "Denton Regional Medical Center"),
           E("Organization", "Denton Community Hospital"),
           E("Location", "Denton"),
           E("Location", "Texas"),
           E("Organization", "Davis Hospital and Medical Center"),
           E("Location", "Layton"),
           E("Location", "Utah"),
           E("Organization", "Pioneer Valley Hospital"),
           E("Location", "West Valley City"),
           E("Organization", "Jordan Valley Hospital"),
           E("Location", "West Jordan"),
           E("Company", ORHS),
           E("Organization", "South Seminole Hospital"),
           E("Location", "Longwood"),
           E("Location", "Orlando")],
 # No role: the kept text quotes no official and names no officer of Columbia/HCA, Healthtrust or the Orlando Regional
 # Health System (**near-miss**: the April 1995 release on the same agreement quotes Texas Attorney General Dan Morales;
 # that release is not this text)
 roles=[],
 # "the company's $3 billion merger with Healthtrust, Inc. - The Hospital Company" with 'Healthtrust, which now operates
 # as a wholly-owned subsidiary of Columbia/HCA' (the merger done, the target owned by Columbia/HCA) ->
 # acquired(Columbia/HCA Healthcare Corporation, Healthtrust, Inc. - The Hospital Company) and
 # parentOrganization(Healthtrust, Inc. - The Hospital Company, Columbia/HCA Healthcare Corporation) (GUIDELINES:
 # completed acquisition -> both; a 'merger' whose target the text names as the buyer's subsidiary says who bought
 # whom); 'requires Columbia/HCA to terminate its participation in a joint venture with the Orlando Regional Health
 # System' -> partner(Columbia/HCA Healthcare Corporation, Orlando Regional Health System) (a stated joint venture,
 # direction as written; ended since, still recorded -- **doubtful**: the interest is 'Healthtrust's interest', so a
 # reader may put Healthtrust in the partner edge instead of, or beside, its parent). **Near-misses**: the seven
 # hospitals Columbia/HCA must divest (no parentOrganization to Columbia/HCA or Healthtrust -- **doubtful**: to
 # divest them Columbia/HCA must own them, but the text does not say which merging party runs which, and Denton's two
 # are offered as 'either ... or'); 'The joint venture operates South Seminole Hospital' (the joint venture is not
 # named: no relation for the hospital); the sales to 'entities that will operate them' (unnamed buyers: nothing);
 # 'either by buying out Orlando Regional Health System's interest or selling Healthtrust's interest' (options, not
 # done: nothing); the seats in Nashville (no relation type); the consent agreement and the final order (a
 # regulator's action: nothing)
 relations=[L(CHCA, "acquired", HT),
            L(HT, "parentOrganization", CHCA),
            L(CHCA, "partner", ORHS)],
 outages=[],
 # `published` None (the release's day is not sure): 'announced today' is not resolved, and the kept text holds no
 # absolute time expression ('within 12 months', 'within six months' have no calendar value) -> no dates
 dates=[])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
