#!/usr/bin/env python3
"""Gold annotations for batch 65g (session 59, gatherer 65g): the three FTC merger press releases batch65g.py writes --
the consent order requiring TEPPCO Partners, L.P. to sell its interest in a Mont Belvieu NGL storage facility after
EPCO, Inc.'s 2005 acquisition of TEPPCO's general partner, Texas Eastern Products Pipeline Company, LLC, from Duke
Energy Field Services, LLC, Enterprise Products Partners, L.P. being EPCO's wholly owned subsidiary (press release of
August 18, 2006); the consent order in the merger of Enterprise Products Partners L.P. and GulfTerra Energy Partners
L.P., with Enterprise's 50 percent interest in the Starfish Pipeline Co. (press release of September 30, 2004); the
proposed consent agreement in the merger of Pfizer Inc. and Warner-Lambert Company, ending Warner's Celexa
co-promotion agreement with Forest Laboratories, Inc. and moving Pfizer's RID, Warner's Cognex and Pfizer's
CP-358,774 to Bayer Corporation, First Horizon Pharmaceutical Corporation and OSI Pharmaceuticals, Inc. (press
release of June 19, 2000) -- written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev (batch10_annotate's write_parts):
Enterprise / GulfTerra -> test, Enterprise / TEPPCO -> train, Pfizer / Warner-Lambert -> dev (as write_parts dealt
them).
Dates resolve against `published` (TEPPCO's day from a trade report quoting the release and the FR analysis's week,
GulfTerra's from the FTC's own later 'Announced Actions' notice, Pfizer's from two press reports).
Conventions (the FTC merger texts' of batches 16e, 16i, 62b, 62e, 62g, 62m, 63a, 63g, 64a and 64g, and the federal
lane's; looked up in GATHERING.md, GUIDELINES.md and the gather scripts): the FTC as 'Federal Trade Commission' with
the aliases 'FTC' and 'Commission' where the text writes them alone (the FTC's name inside 'the FTC Act' is a law's
name: no mention); "Director of the FTC's Bureau of Competition" -> director at the Bureau, current true, the Bureau
an Organization with parentOrganization the FTC; a completed acquisition ('On February 24, 2005, EPCO, Inc. ...
acquired') -> acquired and parentOrganization(target, buyer) (GUIDELINES); the seller named with 'acquired ... from
Y' -> parentOrganization(target, Y) (60j's, 61c's, 63a's and 64g's call; ownership before the sale still recorded);
'a wholly owned subsidiary of X' -> parentOrganization; a 'merger' of two firms where the text does not say who buys
whom -> nothing (GUIDELINES: Enterprise / GulfTerra, Pfizer / Warner-Lambert); a general partner, a block of
limited partnership units, a 50 percent interest -> no parentOrganization (64a's minority-stake and general-partner
call); a person who owns and controls firms -> no relation and no role (parentOrganization joins organisations; no
title); a co-promotion agreement between two named firms -> partner, direction as written (GUIDELINES: contract
relation); named drugs and a drug candidate -> Service with provider to the firm the text gives them to (GUIDELINES:
drugs are Service; 53q's drug candidate); divestitures of an interest in a facility, of a business, of assets, to a
named buyer or not -> nothing (GUIDELINES: asset purchases); named pipelines and pipeline systems -> Location, no
relation (63a's Discovery, 63g's Two Rivers Pipeline); named places (towns, states, countries, a sea, an offshore
area) -> Location; 'U.S.' alone -> a Location named 'U.S.' (63a, 63g, 64g); laws (the Clayton Act, the FTC Act),
orders, product classes (NGL, propane, antidepressants, EGFr-tk inhibitors), diseases, amounts and counts -> not
annotated; 'today' -> published; a year or a date written out -> a date.
usage: batch65g_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather66g/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

FTC = "Federal Trade Commission"
BOC = "Bureau of Competition"
EPPc = "Enterprise Products Partners, L.P."
TEP = "TEPPCO Partners, L.P."
EPCO = "EPCO, Inc."
TEPGP = "Texas Eastern Products Pipeline Company, LLC"
DEFS = "Duke Energy Field Services, LLC"
DLD = "Dan L. Duncan"
JS = "Jeffrey Schmidt"
EPP = "Enterprise Products Partners L.P."
GTE = "GulfTerra Energy Partners L.P."
SAC = "Susan A. Creighton"
SPC = "Starfish Pipeline Co."
PFE = "Pfizer Inc."
WLC = "Warner-Lambert Company"
FOR = "Forest Laboratories, Inc."
BAY = "Bayer Corporation"
FHP = "First Horizon Pharmaceutical Corporation"
OSI = "OSI Pharmaceuticals, Inc."
CP = "CP-358,774"
RGP = "Richard G. Parker"
A = {}

# ---- Enterprise Products Partners / TEPPCO Partners (EPCO, Inc.), FTC press release, published 2006-08-18 (a Friday) --
A["us-ftc-enterprise-teppco-epco-consent-order-mont-belvieu-ngl-storage-2006"] = dict(
 # The Federal Trade Commission (once in full; "The FTC's complaint", "the FTC's Bureau": alias 'FTC'; "the
 # Commission's charges", "The Commission's challenge", 'a Commission-approved buyer': alias 'Commission');
 # Enterprise Products Partners, L.P. (the second paragraph's spelling, the fullest correct form; the first
 # paragraph's 'Enterprise Product Partners, L.P.' -- without the s, as written -- and 'Enterprise' alone, also in
 # 'the Enterprise/TEPPCO transaction': aliases); TEPPCO Partners, L.P. ('TEPPCO' alone, "TEPPCO's general partner":
 # alias); Mont Belvieu and Texas ('in Mont Belvieu, Texas'; 'the Mont Belvieu market' the same place -> two
 # Locations); Dan L. Duncan (once); the U.S. ('the U.S. petroleum infrastructure'; no 'United States' in this text
 # -> a Location named 'U.S.'); Jeffrey Schmidt (once); the Bureau of Competition (the FTC's unit -> Organization);
 # EPCO, Inc. (once in full; 'a wholly owned subsidiary of EPCO': alias); Texas Eastern Products Pipeline Company, LLC
 # and Duke Energy Field Services, LLC (once each -> Companies; 'Texas' inside the first is part of a firm's name,
 # no second mention of the state). Not annotated: 'a holding company' (unnamed); 'an NGL storage facility', 'the
 # NGL storage facilities', 'the natural gas liquids storage system in Mont Belvieu' (unnamed facilities -- the named
 # Mont Belvieu Storage Partners facility is only in the sentence cut with the excerpt's break); 'natural gas
 # liquids (NGL)', 'plastics, heating fuels, and gasoline' (product classes); 'Americans' (a people, no entity);
 # '$1.1 billion', '$100 million', '2.5 million limited partnership units', 'from four to three' (amounts, counts)
 entities=[E("Organization", FTC, "FTC", "Commission"),
           E("Company", EPPc, "Enterprise Product Partners, L.P.", "Enterprise"),
           E("Company", TEP, "TEPPCO"),
           E("Location", "Mont Belvieu"),
           E("Location", "Texas"),
           E("Person", DLD),
           E("Location", "U.S."),
           E("Person", JS),
           E("Organization", BOC),
           E("Company", EPCO, "EPCO"),
           E("Company", TEPGP),
           E("Company", DEFS)],
 # "Jeffrey Schmidt, Director of the FTC's Bureau of Competition" -> director at the Bureau of Competition, current
 # true. **Near-misses**: 'ultimately are owned and controlled by Dan L. Duncan' (an owner with no title at a named
 # organisation: no role -- the vocabulary has no 'owner'); no officer of Enterprise, TEPPCO, EPCO or Duke is named
 roles=[R(JS, "director", BOC)],
 # 'On February 24, 2005, EPCO, Inc., through a holding company, acquired: (1) TEPPCO's general partner, Texas
 # Eastern Products Pipeline Company, LLC, ... from Duke Energy Field Services, LLC' -> acquired(EPCO, Inc., Texas
 # Eastern Products Pipeline Company, LLC) and parentOrganization(Texas Eastern Products Pipeline Company, LLC, EPCO,
 # Inc.) (a completed acquisition: GUIDELINES; the unnamed holding company between them is left out, the text names
 # EPCO as the buyer) and parentOrganization(Texas Eastern Products Pipeline Company, LLC, Duke Energy Field Services,
 # LLC) (the seller named with 'from': its owner before the sale, 64g's call -- **doubtful**, said only through
 # 'from'); 'Enterprise, a wholly owned subsidiary of EPCO' -> parentOrganization(Enterprise Products Partners, L.P.,
 # EPCO, Inc.); "the FTC's Bureau of Competition" -> parentOrganization(Bureau of Competition, Federal Trade
 # Commission). **Near-misses**: "TEPPCO's general partner, Texas Eastern Products Pipeline Company, LLC" (a general
 # partner manages a partnership, the text does not say it owns TEPPCO: no parentOrganization(TEPPCO Partners, L.P.,
 # Texas Eastern Products Pipeline Company, LLC) -- **doubtful**, 64a's general-partner call; a reader may chain
 # TEPPCO to EPCO through it); '2.5 million limited partnership units of TEPPCO Partners, L.P.' bought from Duke (a
 # block of units, no control stated: no acquired of TEPPCO, no parentOrganization); 'a 2005 acquisition that
 # combined the ... storage businesses of Enterprise ... and TEPPCO ... under common ownership' (no edge between
 # Enterprise and TEPPCO: common owners make no parent or partner); 'owned and controlled by Dan L. Duncan' (a
 # person: parentOrganization joins organisations); 'TEPPCO is required to sell its interest in an NGL storage
 # facility ... to a Commission-approved buyer' (an asset sale, buyer unnamed: nothing); 'Enterprise ... and TEPPCO
 # operate the two leading providers of NGL salt dome storage' (rivals in one market: no partner, and no named
 # Service for provider); the complaint and the charges (a regulator's action: nothing)
 relations=[L(EPCO, "acquired", TEPGP),
            L(TEPGP, "parentOrganization", EPCO),
            L(TEPGP, "parentOrganization", DEFS),
            L(EPPc, "parentOrganization", EPCO),
            L(BOC, "parentOrganization", FTC)],
 outages=[],
 # 'The Federal Trade Commission today announced' -> 'today' 2006-08-18 (`published`); 'a 2005 acquisition' ->
 # '2005' 2005; 'no later than December 31, 2006' -> 'December 31, 2006' 2006-12-31; 'On February 24, 2005' ->
 # 'February 24, 2005' 2005-02-24. Not dates: 'ultimately' (no calendar value)
 dates=[D("today", "2006-08-18"), D("2005", "2005"), D("December 31, 2006", "2006-12-31"),
        D("February 24, 2005", "2005-02-24")])

# ---- Enterprise Products Partners L.P. / GulfTerra Energy Partners L.P., FTC press release, published 2004-09-30 -----
A["us-ftc-enterprise-gulfterra-consent-order-starfish-hattiesburg-propane-2004"] = dict(
 # The Federal Trade Commission (once in full; "The Commission's consent order", "The Commission's order", 'The
 # Commission has identified': alias 'Commission'; "the FTC's Bureau", "the FTC's concerns", 'an FTC-approved
 # purchaser': alias 'FTC'); Enterprise Products Partners L.P. (once in full, without the comma this text writes;
 # '(Enterprise)', "Enterprise's": alias); GulfTerra Energy Partners L.P. ('(GulfTerra)', "GulfTerra's": alias); the
 # Western Central Deepwater region ('the Western Central Deepwater region of the Gulf of Mexico' and, in the fourth
 # paragraph, 'the West Central Deepwater region of the Gulf of Mexico': one offshore area, a named region -> a
 # Location named 'Western Central Deepwater' with the alias 'West Central Deepwater' -- **doubtful**: a reader may
 # take 'deepwater region' for a description and leave it out, or keep 'region' in the name); the Gulf of Mexico
 # (twice -> Location); Hattiesburg and Mississippi ('in Hattiesburg, Mississippi' -> two Locations); the Dixie
 # Pipeline ('which serves the Dixie Pipeline, the only common-carrier propane pipeline': a named pipeline -> Location,
 # 63a's and 63g's call); the United States ('the southeast United States' -> Location); Susan A. Creighton (once);
 # the Bureau of Competition (the FTC's unit -> Organization); Starfish Pipeline Co. ('(Starfish)': alias -> Company);
 # Stingray/Triton ('the Stingray/Triton pipeline system': a named pipeline system -> Location named as 63a named
 # 'Discovery' from 'the Discovery natural gas pipeline system'). Not annotated: 'a natural gas pipeline
 # transportation system', 'a propane storage and terminaling services facility' (unnamed facilities); 'natural gas
 # producers', 'the companies' (generic); '$13 billion', '50 percent', 'two of the three' (amounts, counts)
 entities=[E("Organization", FTC, "FTC", "Commission"),
           E("Company", EPP, "Enterprise"),
           E("Company", GTE, "GulfTerra"),
           E("Location", "Western Central Deepwater", "West Central Deepwater"),
           E("Location", "Gulf of Mexico"),
           E("Location", "Hattiesburg"),
           E("Location", "Mississippi"),
           E("Location", "Dixie Pipeline"),
           E("Location", "United States"),
           E("Person", SAC),
           E("Organization", BOC),
           E("Company", SPC, "Starfish"),
           E("Location", "Stingray/Triton")],
 # "Susan A. Creighton, Director of the FTC's Bureau of Competition" -> director at the Bureau of Competition,
 # current true. **Near-misses**: no officer of Enterprise, GulfTerra or Starfish is named (no company role)
 roles=[R(SAC, "director", BOC)],
 # "the FTC's Bureau of Competition" -> parentOrganization(Bureau of Competition, Federal Trade Commission).
 # **Near-misses**: 'the $13 billion merger of Enterprise and GulfTerra Energy Partners L.P. (GulfTerra)' (a merger
 # where the text does not say who buys whom: nothing, GUIDELINES -- **doubtful**: Enterprise is the party that 'has
 # agreed to make several divestitures', and a reader who knows the deal may give acquired(Enterprise Products
 # Partners L.P., GulfTerra Energy Partners L.P.)); 'Enterprise owns a 50 percent interest in the Starfish Pipeline
 # Co. (Starfish)' (a half share, not 'a subsidiary' or 'owned by': no parentOrganization, 64a's stake call --
 # **doubtful**); 'Starfish ..., which owns the Stingray/Triton pipeline system' and 'a ... facility in Hattiesburg,
 # Mississippi, which serves the Dixie Pipeline' (facilities, Locations: no relation); 'divestitures of: 1) an
 # interest in a natural gas pipeline transportation system ... 2) an interest in a propane storage and terminaling
 # services facility' and 'their sale to an FTC-approved purchaser' (asset sales, buyer unnamed: nothing); 'the
 # companies constitute two of the three primary bidders' (rivals: no partner); the consent order and the hold
 # separate order (a regulator's action: nothing)
 relations=[L(BOC, "parentOrganization", FTC)],
 outages=[],
 # 'The Federal Trade Commission today announced' -> 'today' 2004-09-30 (`published`). Not dates: 'originally',
 # 'pending their sale' (no calendar value)
 dates=[D("today", "2004-09-30")])

# ---- Pfizer Inc. / Warner-Lambert Company, FTC press release, published 2000-06-19 (a Monday) --------------------------
A["us-ftc-pfizer-warner-lambert-consent-agreement-celexa-forest-rid-cognex-2000"] = dict(
 # The Federal Trade Commission (once in full; "the Commission's order" twice, "the Commission's complaint": alias
 # 'Commission'; "the FTC's Bureau": alias 'FTC'); Pfizer Inc. ('(Pfizer)', "Pfizer's" four times: alias);
 # Warner-Lambert Company ('(Warner)', "Warner's" twice, "Pfizer's merger with Warner": alias); Forest Laboratories,
 # Inc. ('(Forest)': alias); Celexa ('the antidepressant drug Celexa': a drug -> Service); RID ("Pfizer's RID
 # head-lice treatment business": a brand -> Service); Bayer Corporation (once -> Company); Cognex ("the Alzheimer's
 # drug Cognex" -> Service); First Horizon Pharmaceutical Corporation ('(First Horizon)': alias); CP-358,774 ('the
 # ... (EGFr-tk) inhibitor, CP-358,774, under development': a named drug candidate -> Service, 53q's dovitinib --
 # **doubtful**: a reader may leave a compound code out as no product users use); OSI Pharmaceuticals, Inc. ('(OSI)':
 # alias); Richard G. Parker (once); the Bureau of Competition (the FTC's unit -> Organization). Not annotated:
 # 'Epidermal Growth Factor receptor tyrosine kinase (EGFr-tk) inhibitor' (a drug class); 'antidepressant',
 # 'head-lice treatment', 'solid tumor cancers', "Alzheimer's", 'head lice', 'depression', 'cancer' (classes and
 # diseases; "Alzheimer's" names a disease, not a person); 'the American public', 'Americans' (no entity); 'Section
 # 7 of the Clayton Act', 'Section 5 of the FTC Act' (laws: no mention of the FTC); '$90 billion' (an amount)
 entities=[E("Organization", FTC, "FTC", "Commission"),
           E("Company", PFE, "Pfizer"),
           E("Company", WLC, "Warner"),
           E("Company", FOR, "Forest"),
           E("Service", "Celexa"),
           E("Service", "RID"),
           E("Company", BAY),
           E("Service", "Cognex"),
           E("Company", FHP, "First Horizon"),
           E("Service", CP),
           E("Company", OSI, "OSI"),
           E("Person", RGP),
           E("Organization", BOC)],
 # "Richard G. Parker, Director of the FTC's Bureau of Competition" -> director at the Bureau of Competition,
 # current true. **Near-misses**: no officer of Pfizer, Warner-Lambert or the buyers is named (no company role)
 roles=[R(RGP, "director", BOC)],
 # "end Warner's agreement with Forest Laboratories, Inc. (Forest) to co-promote the antidepressant drug Celexa" ->
 # partner(Warner-Lambert Company, Forest Laboratories, Inc.) (a co-promotion contract between two named firms,
 # direction as written; the order will end it, but relations carry no time -- **doubtful**: a reader may drop a
 # partnership the text is ending); "Pfizer's RID head-lice treatment business" -> provider(RID, Pfizer Inc.);
 # "Warner's assets related to the Alzheimer's drug Cognex" -> provider(Cognex, Warner-Lambert Company); "Pfizer's
 # assets related to the ... inhibitor, CP-358,774, under development" -> provider(CP-358,774, Pfizer Inc.) (53q's
 # drug-candidate call, **doubtful** with the entity); "the FTC's Bureau of Competition" -> parentOrganization(Bureau
 # of Competition, Federal Trade Commission). **Near-misses**: 'allow Pfizer Inc. (Pfizer) to consummate its $90
 # billion merger with Warner-Lambert Company' and "Pfizer's merger with Warner" (a merger where the text does not
 # say who buys whom: nothing, GUIDELINES -- **doubtful**: Pfizer is the subject throughout, and a reader may give
 # acquired(Pfizer Inc., Warner-Lambert Company)); Celexa's maker (the text says only that Warner and Forest
 # co-promote it: no provider -- **doubtful**, a reader who knows the drug may give provider(Celexa, Forest
 # Laboratories, Inc.)); 'divest Pfizer's RID head-lice treatment business to Bayer Corporation', 'divest all of
 # Warner's assets related to ... Cognex to First Horizon Pharmaceutical Corporation', 'transfer and give up all of
 # Pfizer's assets related to ... CP-358,774 ... to OSI Pharmaceuticals, Inc.' (sales of a business and of assets:
 # no acquired, no partner, and no provider to the buyers -- the sales are only required, not done); 'The companies
 # first announced their intention to merge' (an intention: nothing); the consent agreement, order and complaint (a
 # regulator's action: nothing)
 relations=[L(WLC, "partner", FOR),
            L("RID", "provider", PFE),
            L("Cognex", "provider", WLC),
            L(CP, "provider", PFE),
            L(BOC, "parentOrganization", FTC)],
 outages=[],
 # 'The Federal Trade Commission today accepted' -> 'today' 2000-06-19 (`published`); 'on February 6 of this year'
 # -> 'February 6 of this year' 2000-02-06 (the year from `published`). Not dates: 'annually', 'first' (no calendar
 # value)
 dates=[D("today", "2000-06-19"), D("February 6 of this year", "2000-02-06")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
