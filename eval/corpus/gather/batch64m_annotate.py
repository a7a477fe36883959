#!/usr/bin/env python3
"""Gold annotations for batch 64m (session 58, gatherer 64m): the four FTC merger texts batch64m.py writes -- the FTC
requiring Mylan, Inc. and Agila Specialties Global Pte. Ltd and Agila Specialties Pvt. Ltd. to divest 11 generic
injectable drugs as a condition of Mylan's acquisition of Agila from Strides Arcolab Ltd. (press release of September
26, 2013); Medtronic, Inc. agreeing to sell Covidien plc's drug-coated balloon catheter business to The Spectranetics
Corporation to settle charges over its acquisition of Covidien (press release of November 26, 2014); the FTC's
challenge to Linde AG's acquisition of The BOC Group plc settled with helium assets to go to Taiyo Nippon Sanso
Corporation (press release of July 18, 2006); the FTC's analysis of the consent order accepted from Time Warner Inc.,
Turner Broadcasting System, Inc., Tele-Communications, Inc. and Liberty Media Corporation (September 1996, day
unknown) -- written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts):
Linde / BOC -> test, Medtronic / Covidien -> train, Mylan / Agila -> dev, Time Warner / Turner -> train (as
write_parts dealt them).
Dates resolve against `published` (Mylan's day from Reuters' and Bloomberg's reports of the release, Medtronic's from
the FTC's own final-order release and an Associated Press report, Linde's from the release's own date line); Time
Warner / Turner has `published` None, and its text holds no time expression (GUIDELINES, Dates).
Conventions (the FTC merger texts' of batches 16e, 62b, 62e, 62g, 62m, 63a, 63g and 64a, and the federal lane's;
looked up in GATHERING.md, GUIDELINES.md and the gather scripts): the FTC as 'Federal Trade Commission' with the
aliases 'FTC' and 'Commission' where the text writes them alone; "Director of the FTC's Bureau of Competition" ->
director at the Bureau, current true, the Bureau an Organization with parentOrganization the FTC; a proposed
acquisition the FTC lets through on conditions, 'challenge' or not -> acquired only (batch 16e's rule, 64a's Hospira /
Mayne; GUIDELINES: agreed, not completed); 'the acquisition of X from Y' -> parentOrganization(X, Y) (the seller
owns what it sells; relations carry no time); '(collectively, X)' for two named firms -> no alias of either, and what
the text says of X given to each firm (51a's Monex, 50b's SCHROTH, 43o's George's); a majority-held partnership, a
subsidiary and networks a company 'owns' -> parentOrganization (GUIDELINES: subsidiary/owned-by statements); cable
networks -> Company (the corpus' CNN, ESPN, MTV, Showtime; GUIDELINES: broadcasters are Company); long-term
programming carriage agreements between two named firms -> partner (GUIDELINES: supply/customer contract);
divestitures of businesses, drugs, plants or contract bundles, to a named buyer or not -> nothing (GUIDELINES: asset
purchases); a minority 'ownership interest' -> nothing; countries, states, the European Union as a place -> Location;
'U.S.' beside 'the United States' -> its alias, 'U.S.' alone -> a Location named 'U.S.' (63a, 63g); laws (the
Clayton Act, the FTC Act), orders and agreements, product classes (generic injectable drugs, drug-coated balloon
catheters, liquid oxygen, bulk refined helium, cable programming), amounts, counts and votes -> not annotated; seats
('Ireland-based', 'Colorado-based') -> Locations, no relation; 'today' -> published; a full date -> a date.
usage: batch64m_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather65m/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

FTC = "Federal Trade Commission"
BOC = "Bureau of Competition"
MYL = "Mylan, Inc."
AGG = "Agila Specialties Global Pte. Ltd"
AGP = "Agila Specialties Pvt. Ltd."
STR = "Strides Arcolab Ltd."
DF = "Deborah Feinstein"
MDT = "Medtronic, Inc."
COV = "Covidien plc"
SPN = "The Spectranetics Corporation"
BARD = "C.R. Bard, Inc."
FDA = "Food and Drug Administration"
LIN = "Linde AG"
BOCG = "The BOC Group plc"
TNS = "Taiyo Nippon Sanso Corporation"
JS = "Jeffrey Schmidt"
TW = "Time Warner Inc."
TUR = "Turner Broadcasting System, Inc."
TCI = "Tele-Communications, Inc."
LMC = "Liberty Media Corporation"
TWE = "Time Warner Entertainment"
TWC = "Time Warner Cable"
A = {}

# ---- Mylan, Inc. / Agila Specialties from Strides Arcolab Ltd., FTC press release, published 2013-09-26 (a Thursday) --
A["us-ftc-mylan-agila-strides-arcolab-consent-agreement-generic-injectables-2013"] = dict(
 # The Federal Trade Commission (once in full; "the FTC's Bureau", "The FTC's complaint", 'The FTC alleges': alias
 # 'FTC'; no 'Commission' written alone); Mylan, Inc. (once in full, 'Mylan, Inc.,'; "Mylan's proposed acquisition",
 # 'Mylan and Agila', 'Mylan proposes': alias 'Mylan'); Agila Specialties Global Pte. Ltd and Agila Specialties Pvt.
 # Ltd. (each named once in full -> two Companies, the names as written, the first without a final stop); Strides
 # Arcolab Ltd. ('(Strides)': alias); Deborah Feinstein (once); the Bureau of Competition (the FTC's unit ->
 # Organization). '(collectively, Agila)' and 'Agila' alone: a label for the two firms together -> no alias of either
 # (51a's Monex, 50b's SCHROTH; **doubtful**: a reader may give 'Agila' to the first-named firm, or make 'Agila' an
 # entity of its own). Not annotated: '11 generic injectable drugs', 'sterile liquid drugs', 'generic injectable
 # medications' (unnamed products: no Service -- **near-miss**, the drugs are named only in the list the excerpt
 # breaks off before); 'heart disease and hypertension to cancer' (diseases); 'the complaint', 'the proposed consent
 # agreement', 'the antitrust laws' (documents, a body of law); '$1.85 billion', 'six product markets' (amounts, counts)
 entities=[E("Organization", FTC, "FTC"),
           E("Company", MYL, "Mylan"),
           E("Company", AGG),
           E("Company", AGP),
           E("Company", STR, "Strides"),
           E("Person", DF),
           E("Organization", BOC)],
 # "Deborah Feinstein, Director of the FTC's Bureau of Competition" -> director at the Bureau of Competition, current
 # true. **Near-misses**: no officer of Mylan, Agila or Strides is named (no company role)
 roles=[R(DF, "director", BOC)],
 # "Mylan's proposed acquisition of Agila" and 'Mylan proposes to acquire Agila ..., under an agreement dated February
 # 27, 2013' -> acquired(Mylan, Inc., <each Agila firm>) (an agreed acquisition the FTC lets through on conditions:
 # acquired only, no parentOrganization to Mylan -- batch 16e's rule; 'Agila' being the two firms 'collectively',
 # each gets the edge, as 51a gave Monex's principals a role at each of the three firms); 'acquisition of Agila from
 # Strides Arcolab Ltd. (Strides)' -> parentOrganization(<each Agila firm>, Strides Arcolab Ltd.) (the seller owns the
 # firms it sells -- **doubtful**: the text says 'from', not 'a unit of'; a reader may leave the owner out);
 # "the FTC's Bureau of Competition" -> parentOrganization(Bureau of Competition, Federal Trade Commission).
 # **Near-misses**: 'require Mylan, Inc., and ... Agila to divest 11 generic injectable drugs' (no buyer named, assets:
 # nothing); 'Mylan and Agila are two of only a limited number of current or likely future competitors' (rivals: no
 # partner); the complaint and the consent agreement (a regulator's action: nothing)
 relations=[L(MYL, "acquired", AGG),
            L(MYL, "acquired", AGP),
            L(AGG, "parentOrganization", STR),
            L(AGP, "parentOrganization", STR),
            L(BOC, "parentOrganization", FTC)],
 outages=[],
 # 'under an agreement dated February 27, 2013' -> 'February 27, 2013' 2013-02-27. Not dates: 'now and in the
 # foreseeable future', 'current or likely future competitors' (no calendar value)
 dates=[D("February 27, 2013", "2013-02-27")])

# ---- Medtronic, Inc. / Covidien plc, FTC press release, published 2014-11-26 (a Wednesday) ----------------------------
A["us-ftc-medtronic-covidien-consent-order-spectranetics-drug-coated-balloon-2014"] = dict(
 # Medtronic, Inc. (once in full; 'Medtronic' alone many times: alias); Ireland ('Ireland-based medical products
 # company Covidien plc': the seat -> Location); Covidien plc (once in full; 'Covidien' alone, "Covidien's": alias);
 # the Federal Trade Commission (once in full; "the FTC's proposed settlement", 'the FTC alleges', 'FTC staff': alias
 # 'FTC'; 'by the Commission', 'The Commission vote': alias 'Commission'); Colorado ('a Colorado-based medical device
 # company' -> Location); The Spectranetics Corporation (once in full, with its article; 'Spectranetics' alone three
 # times: alias); C.R. Bard, Inc. (once, no short form); the U.S. ('in the U.S. market', 'the U.S. market': never
 # 'United States' in this text -> a Location named 'U.S.', as 63a's and 63g's FMC text); the Food and Drug
 # Administration ("the Food and Drug Administration's approval process"; 'FDA approval': alias 'FDA' -> Organization,
 # an agency); Canada, China, the European Union, Japan and Mexico ('antitrust agencies in Canada, China, the European
 # Union, Japan, and Mexico': places where unnamed agencies sit -> Locations; **doubtful** for the European Union, a
 # reader may type it Organization -- the text names it as a place the agencies are 'in'). Not annotated: 'drug-coated
 # balloon catheter(s)', 'devices to treat peripheral and coronary arterial disease' (product classes: no Service);
 # 'peripheral artery disease' (a disease); 'an interim monitor' (unnamed); 'antitrust enforcement agencies', 'FTC
 # staff' (unnamed bodies, people); '$42.9 billion', '5-0' (an amount, a vote)
 entities=[E("Company", MDT, "Medtronic"),
           E("Location", "Ireland"),
           E("Company", COV, "Covidien"),
           E("Organization", FTC, "FTC", "Commission"),
           E("Location", "Colorado"),
           E("Company", SPN, "Spectranetics"),
           E("Company", BARD),
           E("Location", "U.S."),
           E("Organization", FDA, "FDA"),
           E("Location", "Canada"),
           E("Location", "China"),
           E("Location", "European Union"),
           E("Location", "Japan"),
           E("Location", "Mexico")],
 # No role: the stored excerpt holds no official's quotation and names no officer of any party (**near-miss**: a
 # reader who knows the release may look for the Bureau Director's words, which this excerpt does not have)
 roles=[],
 # "Medtronic, Inc. has agreed to divest ... in order to settle Federal Trade Commission charges that its $42.9
 # billion acquisition of Covidien would likely be anticompetitive" -> acquired(Medtronic, Inc., Covidien plc) only
 # (an agreed acquisition the FTC lets through on conditions: batch 16e's rule; 'The proposed transaction' confirms
 # it is not done). **Near-misses**: 'Medtronic will sell the drug-coated balloon catheter business to ... The
 # Spectranetics Corporation' and 'the transfer of rights and assets related to Covidien's drug-coated balloon
 # catheter business to Spectranetics' (the sale of a business, assets: no acquired, no partner, no
 # parentOrganization of an unnamed business -- **doubtful** only in that a reader may give Spectranetics an edge);
 # 'to compete with C.R. Bard, Inc., which currently is the only company that supplies these products' (a rival and
 # an unnamed product class: no provider); 'FTC staff cooperated closely with antitrust agencies in Canada, ...'
 # (unnamed agencies: no partner); 'obtain FDA approval' (a regulator's approval: nothing); the seats in Ireland and
 # Colorado (no relation type); the consent order and the complaint (a regulator's action: nothing)
 relations=[L(MDT, "acquired", COV)],
 outages=[],
 # The kept text holds no time expression ('currently', 'in time' have no calendar value; the release's 'today'
 # is in no kept sentence)
 dates=[])

# ---- Linde AG / The BOC Group plc, FTC press release, published 2006-07-18 (a Tuesday) ----------------------------------
A["us-ftc-linde-boc-group-consent-order-taiyo-nippon-sanso-helium-2006"] = dict(
 # The Federal Trade Commission (once in full; "The FTC's complaint", "The FTC's Complaint:", "the FTC's Bureau": alias
 # 'FTC'; "the Commission's charges", "The Commission's action", "the Commission's complaint": alias 'Commission');
 # Linde AG ("Linde AG's proposed acquisition"; 'Linde is required', 'Linde and BOC': alias 'Linde'); The BOC Group plc
 # (once in full, with its article; 'Linde and BOC': alias 'BOC'); the United States ('across the United States';
 # 'regional U.S. markets': alias 'U.S.'); Taiyo Nippon Sanso Corporation ('(Nippon Sanso)': alias); Jeffrey Schmidt
 # (once); the Bureau of Competition (the FTC's unit -> Organization). The headline (`title`) names Linde AG and 'The
 # BOC Group' again; the entities are the text's. Not annotated: 'Section 7 of the Clayton Act' and 'Section 5 of the
 # FTC Act' (laws: the FTC's short name inside a law's name is no mention of the FTC -- **near-miss**, though 'FTC'
 # is an alias from its other mentions anyway); 'air separation units (ASUs)', 'liquid oxygen', 'liquid nitrogen',
 # 'bulk refined helium', 'helium source contracts' (plants, products, contracts: unnamed); 'eight locations' (unnamed
 # places); 'healthcare, oil and gas, agriculture and manufacturing' (industries); '$14.4 billion' (an amount)
 entities=[E("Organization", FTC, "FTC", "Commission"),
           E("Company", LIN, "Linde"),
           E("Company", BOCG, "BOC"),
           E("Location", "United States", "U.S."),
           E("Company", TNS, "Nippon Sanso"),
           E("Person", JS),
           E("Organization", BOC)],
 # "Jeffrey Schmidt, Director of the FTC's Bureau of Competition" -> director at the Bureau of Competition, current
 # true. **Near-misses**: no officer of Linde, BOC or Nippon Sanso is named (no company role)
 roles=[R(JS, "director", BOC)],
 # "its decision to challenge Linde AG's proposed acquisition, announced on March 6, 2006, of The BOC Group plc" with
 # the charges settled ('In settling the Commission's charges, Linde is required to sell ...'; 'ensures that the
 # transaction will not lead to a reduction in competition') -> acquired(Linde AG, The BOC Group plc) only (an
 # announced acquisition the FTC lets through on conditions: batch 16e's rule, 64a's Hospira / Mayne -- **doubtful**:
 # the release calls it a 'challenge', and a reader may take a challenged deal for a blocked one; the settlement
 # terms show it goes ahead); "the FTC's Bureau of Competition" -> parentOrganization(Bureau of Competition, Federal
 # Trade Commission). **Near-misses**: 'Linde is also required to sell bulk refined helium assets, including helium
 # source contracts, distribution assets, and customer contracts to Taiyo Nippon Sanso Corporation (Nippon Sanso)'
 # (a sale of assets and contracts: GUIDELINES -> no acquired, and the contracts handed over are no partner between
 # Linde and Nippon Sanso); 'Linde is required to sell air separation units (ASUs) ... in eight locations' (no buyer
 # named, plants: nothing); 'Linde and BOC are two of only five companies supplying liquid oxygen' (rivals: no
 # partner); the complaint and the consent order (a regulator's action: nothing)
 relations=[L(LIN, "acquired", BOCG),
            L(BOC, "parentOrganization", FTC)],
 outages=[],
 # 'The Federal Trade Commission today announced' and "The Commission's action today" -> 'today' 2006-07-18
 # (`published`; one item, the same text and value); 'announced on March 6, 2006' -> 'March 6, 2006' 2006-03-06
 dates=[D("today", "2006-07-18"), D("March 6, 2006", "2006-03-06")])

# ---- Time Warner Inc. / Turner Broadcasting System, Inc., FTC analysis, September 1996 (`published` None) --------------
A["us-ftc-time-warner-turner-tci-liberty-media-consent-order-analysis-1996"] = dict(
 # The Federal Trade Commission (once in full; 'The Commission has also entered': alias 'Commission'; no 'FTC' in the
 # text); Time Warner Inc. ('("Time Warner")': alias); Turner Broadcasting System, Inc. ('("Turner")': alias);
 # Tele-Communications, Inc. ('("TCI")': alias); Liberty Media Corporation ('("LMC")': alias; named once, nothing
 # more said of it in the kept text); Time Warner Entertainment ('("TWE")': alias; 'a partnership' -> Company);
 # HBO and Cinemax ('two premium cable networks' -> Company, as the corpus types cable networks: CNN, ESPN, MTV,
 # Showtime -- **doubtful**: a reader may follow GUIDELINES' 'networks' under Service and type them Service with
 # provider); Time Warner Cable ('a subsidiary of TWE' -> Company); the U.S. ('U.S. cable television households'
 # twice, never 'United States' -> a Location named 'U.S.'); Turner's cable networks, each a Company (as HBO): Cable
 # News Network ('("CNN")': alias), Turner Network Television ('("TNT")': alias), TBS SuperStation ('(referred to as
 # "WTBS")': alias), Headline News ('("HLN")': alias), Cartoon Network, Turner Classic Movies, CNN International USA,
 # CNN Financial Network (the last two named in full, 'CNN' inside them no separate mention). Not annotated: 'an
 # Agreement Containing Consent Order', 'an Interim Agreement' (documents); 'the proposed respondents' (a label for
 # the four firms: no alias); 'cable networks', 'cable television', 'Turner programming', 'cable television systems'
 # (classes of service, unnamed); '11.5 million', '17 percent', '27 percent' (counts, shares)
 entities=[E("Organization", FTC, "Commission"),
           E("Company", TW, "Time Warner"),
           E("Company", TUR, "Turner"),
           E("Company", TCI, "TCI"),
           E("Company", LMC, "LMC"),
           E("Company", TWE, "TWE"),
           E("Company", "HBO"),
           E("Company", "Cinemax"),
           E("Company", TWC),
           E("Location", "U.S."),
           E("Company", "Cable News Network", "CNN"),
           E("Company", "Turner Network Television", "TNT"),
           E("Company", "TBS SuperStation", "WTBS"),
           E("Company", "Headline News", "HLN"),
           E("Company", "Cartoon Network"),
           E("Company", "Turner Classic Movies"),
           E("Company", "CNN International USA"),
           E("Company", "CNN Financial Network")],
 # No person is named in the kept text (no role)
 roles=[],
 # "Time Warner's acquisition of Turner", which 'the proposed consent order is designed to remedy' -> acquired(Time
 # Warner Inc., Turner Broadcasting System, Inc.) only (a proposed acquisition the FTC lets through on conditions:
 # batch 16e's rule); 'long-term cable television programming service agreements between Time Warner and TCI for
 # post-acquisition carriage by TCI of Turner programming' -> partner(Time Warner Inc., Tele-Communications, Inc.)
 # (a supply contract between two named firms, direction as written -- **doubtful**: the agreements are part of the
 # proposed deal the order restructures, and a reader may wait for them to be signed); 'Time Warner Entertainment
 # ("TWE"), a partnership in which Time Warner holds the majority interest' -> parentOrganization(Time Warner
 # Entertainment, Time Warner Inc.) (a majority holder controls: **doubtful**, a reader may hold a partnership
 # interest no ownership); 'TWE ... owns HBO and Cinemax' -> parentOrganization(HBO / Cinemax, Time Warner
 # Entertainment); 'Time Warner Cable, a subsidiary of TWE' -> parentOrganization(Time Warner Cable, Time Warner
 # Entertainment); 'Turner owns the following ... cable networks: Cable News Network ..., Turner Network Television
 # ..., and TBS SuperStation ...' and 'Turner also owns Headline News ..., Cartoon Network, Turner Classic Movies, CNN
 # International USA and CNN Financial Network' -> parentOrganization(<each network>, Turner Broadcasting System,
 # Inc.) (eight edges). **Near-misses**: "TCI's proposed ownership interest in Time Warner" (a minority interest, not
 # control: no parentOrganization(Time Warner, TCI), and 'proposed' besides); Liberty Media Corporation (named among
 # the respondents only: its tie to TCI, which other documents of the matter state, is not in the kept text -- no
 # parentOrganization(LMC, TCI)); 'Time Warner and Time Warner Cable ... are collectively the nation's second largest
 # distributor' (a joint share: no relation between them beyond TWC's stated parent); 'Time Warner is a leading
 # provider of cable networks' (a class, no named Service: no provider); 'post-acquisition carriage by TCI of Turner
 # programming' (the carriage is the Time Warner / TCI agreement's subject: no second partner(TCI, Turner)); the
 # consent order and the Interim Agreement (a regulator's action: nothing)
 relations=[L(TW, "acquired", TUR),
            L(TW, "partner", TCI),
            L(TWE, "parentOrganization", TW),
            L("HBO", "parentOrganization", TWE),
            L("Cinemax", "parentOrganization", TWE),
            L(TWC, "parentOrganization", TWE),
            L("Cable News Network", "parentOrganization", TUR),
            L("Turner Network Television", "parentOrganization", TUR),
            L("TBS SuperStation", "parentOrganization", TUR),
            L("Headline News", "parentOrganization", TUR),
            L("Cartoon Network", "parentOrganization", TUR),
            L("Turner Classic Movies", "parentOrganization", TUR),
            L("CNN International USA", "parentOrganization", TUR),
            L("CNN Financial Network", "parentOrganization", TUR)],
 outages=[],
 # No dates: `published` None (the day ftc.gov posted the analysis is not known) and the text holds no absolute time
 # expression ('during the public comment period', 'long-term', 'post-acquisition' have no calendar value)
 dates=[])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
