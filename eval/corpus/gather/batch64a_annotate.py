#!/usr/bin/env python3
"""Gold annotations for batch 64a (session 58, gatherer 64a): the four FTC merger press releases batch64a.py writes --
the proposed consent agreement allowing Amgen Inc.'s acquisition of Immunex Corporation provided Immunex's Leukine
assets go to Schering AG and licences go to Serono S.A. and Regeneron Pharmaceuticals Inc. (press release of July 12,
2002); the settlement on General Electric Company's proposed acquisition of Agfa-Gevaert N.V.'s nondestructive testing
business with GE's Panametrics ultrasonic NDT business to go to R/D Tech, Inc. (press release of December 2003, day
unknown); Valero L.P.'s three divestitures settling the complaint on its proposed acquisition of Kaneb Services LLC and
Kaneb Pipe Line Partners (press release of June 15, 2005); the FTC's challenge to Hospira Inc.'s proposed acquisition
of Mayne Pharma Ltd. with Mayne's rights and assets in five generic injectable drugs to go to Barr Pharmaceuticals,
Inc. (press release of January 18, 2007) -- written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts):
Amgen / Immunex -> test, GE / Agfa -> train, Hospira / Mayne -> dev, Valero / Kaneb -> train (as write_parts dealt
them).
Dates resolve against `published` (Amgen's day from the FTC's own FR analysis, Valero's from the FTC's own later
notice, Hospira's from Hospira's own release on sec.gov); GE / Agfa has `published` None, so only absolute expressions
would be listed there, and it has none (GUIDELINES, Dates).
Conventions (the FTC merger texts' of batches 16e, 16i, 62b, 62e, 62g, 62m, 63a and 63g, and the federal lane's;
looked up in GATHERING.md, GUIDELINES.md and the gather scripts): the FTC as 'Federal Trade Commission' with the
aliases 'FTC' and 'Commission' where the text writes them alone ("the Commission's order", 'a Commission complaint');
"Director of the FTC's Bureau of Competition" -> director at the Bureau, current true, the Bureau an Organization
with parentOrganization the FTC; a proposed acquisition of a company the FTC lets through on conditions -> acquired
only (batch 16e's rule; GUIDELINES: agreed, not completed -- 'will become wholly owned subsidiaries' is future, no
parentOrganization); an acquisition of a business or assets ('Agfa's NDT business', 'Agfa's NDT assets') -> nothing
(GUIDELINES: asset purchases); divestitures of assets, businesses or product rights to a named buyer (Schering, R/D
Tech, Barr) -> nothing; a licence an order requires named firms to grant another named firm -> partner, licensor
first (63g's Cephalon -> Barr, 62m's Dow / BP Amoco; GUIDELINES: licensing deal); "X, through its Y subsidiary",
'Another business unit of GE, GE Power Systems', 'GE Aircraft Engines, the business unit' -> parentOrganization
(GUIDELINES: subsidiary/unit statements; 63g's GE units); named drugs -> Service with provider to the firm the text
gives them to ('Immunex's assets related to Leukine', 'Dilaudid H-P, is made and sold by Abbott'); generic drug names
(hydromorphone, nalbuphine, morphine, deferoxamine) -> not entities (molecules and product classes, not brands);
minority stakes (Valero Energy's 46 and 23 percent of Valero L.P.) -> nothing (GATHERING: minority stakes); 'U.S.'
beside 'the United States' -> its alias, 'U.S.' alone -> a Location named 'U.S.' (63a, 63g); regions ('Northern
California'), states, cities and countries -> Locations; the European Commission -> Organization; laws (the Clayton
Act, the Federal Trade Commission Act), orders, product classes, amounts and counts -> not annotated; 'today' ->
published; a month and year written out -> a date.
usage: batch64a_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather65a/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

FTC = "Federal Trade Commission"
BOC = "Bureau of Competition"
AMG = "Amgen Inc."
IMX = "Immunex Corporation"
SCH = "Schering AG"
SER = "Serono S.A."
REG = "Regeneron Pharmaceuticals Inc."
JJS = "Joseph J. Simons"
GE = "General Electric Company"
AGF = "Agfa-Gevaert N.V."
PAN = "Panametrics, Inc."
RDT = "R/D Tech, Inc."
KRA = "Krautkramer"
GAE = "GE Aircraft Engines"
GPS = "GE Power Systems"
VLP = "Valero L.P."
KSL = "Kaneb Services LLC"
KPP = "Kaneb Pipe Line Partners"
VEN = "Valero Energy"
SAC = "Susan A. Creighton"
HOS = "Hospira Inc."
MAY = "Mayne Pharma Ltd."
BAR = "Barr Pharmaceuticals, Inc."
JS = "Jeffrey Schmidt"
ABB = "Abbott Laboratories, Inc."
BAX = "Baxter Healthcare Corp."
A = {}

# ---- Amgen Inc. / Immunex Corporation, FTC press release, published 2002-07-12 (a Friday) ----------------------------
A["us-ftc-amgen-immunex-consent-agreement-leukine-schering-2002"] = dict(
 # The Federal Trade Commission (once in full; 'the FTC alleged', "the FTC's Bureau": alias 'FTC'; no 'Commission'
 # written alone -- 'the Federal Trade Commission Act' is a law's title, no mention); Amgen Inc. ("Amgen Inc.'s
 # (Amgen)": the possessive is not part of the name; 'Amgen' many times, also 'the newly formed company to be called
 # Amgen': alias); Immunex Corporation ('(Immunex)': alias); Leukine ("Immunex's assets related to Leukine - a
 # neutrophil regeneration factor -": a named drug -> Service); Schering AG ('(Schering)': alias); Serono S.A.
 # ('(Serono)': alias); Regeneron Pharmaceuticals Inc. ('(Regeneron)': alias); Joseph J. Simons (once); the Bureau of
 # Competition (the FTC's unit -> Organization); the United States ('within the United States' -> Location). Not
 # annotated: the Clayton Act and the Federal Trade Commission Act (laws -- **near-miss**: the FTC's name inside the
 # Act's title); 'neutrophil (white blood cell) regeneration factors', 'tumor necrosis factor (TNF) inhibitors',
 # 'interleukin-1 (IL-1) inhibitors' ('TNF', 'IL-1': abbreviations of product classes, not names); 'three
 # biopharmaceutical markets', "the nation's leading biotechnology firms" (generic); '$16 billion' (an amount)
 entities=[E("Organization", FTC, "FTC"),
           E("Company", AMG, "Amgen"),
           E("Company", IMX, "Immunex"),
           E("Service", "Leukine"),
           E("Company", SCH, "Schering"),
           E("Company", SER, "Serono"),
           E("Company", REG, "Regeneron"),
           E("Person", JJS),
           E("Organization", BOC),
           E("Location", "United States")],
 # "Joseph J. Simons, Director of the FTC's Bureau of Competition" -> director at the Bureau of Competition, current
 # true. **Near-misses**: no officer of Amgen, Immunex, Schering, Serono or Regeneron is named (no company role)
 roles=[R(JJS, "director", BOC)],
 # "the Federal Trade Commission would allow Amgen Inc.'s (Amgen) proposed $16 billion acquisition of Immunex
 # Corporation (Immunex) to proceed" and 'Under its terms, Amgen will acquire all of the issued and outstanding shares
 # of Immunex' -> acquired(Amgen Inc., Immunex Corporation) only (an agreed acquisition the FTC lets through on
 # conditions, not yet completed: batch 16e's rule, no parentOrganization); "Immunex's assets related to Leukine" ->
 # provider(Leukine, Immunex Corporation) (the drug is Immunex's now; relations carry no time); 'The order also would
 # require the companies to grant a license to certain intellectual property rights related to TNF inhibitors to
 # Serono S.A. (Serono) and ... related to IL-1 inhibitors to Regeneron Pharmaceuticals Inc. (Regeneron)' ->
 # partner(Amgen Inc., Serono S.A.) and partner(Amgen Inc., Regeneron Pharmaceuticals Inc.) (licensing deals the
 # order requires, direction as written, the licensor first -- **doubtful** twice over: the licences are a condition
 # of the clearance, as 63g's Cephalon -> Barr, and 'the companies' grant them, so a reader may give Immunex the edges
 # as well or instead; Amgen is taken because the text makes it the acquirer and 'the newly formed company to be
 # called Amgen' the firm that will hold both sets of rights); "the FTC's Bureau of Competition" ->
 # parentOrganization(Bureau of Competition, Federal Trade Commission). **Near-misses**: "sell all of Immunex's assets
 # related to Leukine ... to Schering AG (Schering)" (an asset sale the order requires: no acquired, no partner, and no
 # provider(Leukine, Schering AG) -- the sale is to come; a reader may move Leukine to Schering); 'compete head-to-head'
 # (rivals: no partner(Amgen, Immunex)); 'The companies announced the proposed transaction' (the same acquisition);
 # the consent agreement, complaint and order (a regulator's action: nothing)
 relations=[L(AMG, "acquired", IMX),
            L("Leukine", "provider", IMX),
            L(AMG, "partner", SER),
            L(AMG, "partner", REG),
            L(BOC, "parentOrganization", FTC)],
 outages=[],
 # 'a proposed consent agreement announced today' and 'The proposed order announced today' -> 'today' 2002-07-12
 # (`published`; one item, the same text and value); 'in December 2001' -> 'December 2001' 2001-12. Not dates: 'in the
 # future', 'immediately' (no calendar value)
 dates=[D("today", "2002-07-12"), D("December 2001", "2001-12")])

# ---- General Electric Company / Agfa-Gevaert N.V. NDT business, FTC press release, December 2003 (`published` None) ---
A["us-ftc-general-electric-agfa-ndt-consent-order-panametrics-rd-tech-2003"] = dict(
 # The Federal Trade Commission (once in full; neither 'FTC' nor 'Commission' alone in this text); General Electric
 # Company ("General Electric Company's (GE)": possessive off; 'GE' many times: alias); Agfa-Gevaert N.V.
 # ("Agfa-Gevaert N.V.'s (Agfa)": alias 'Agfa'); Panametrics, Inc. ('the NDT Division of Panametrics, Inc.' gives the
 # full name; 'its Panametrics subsidiary', 'its Panametrics ultrasonic NDT business', 'Panametrics researches': alias
 # 'Panametrics'); R/D Tech, Inc. ('(R/D Tech)': alias; the buyer the order names -> Company); the European Commission
 # (-> Organization); Krautkramer ('Agfa, through its Krautkramer subsidiary': a named subsidiary -> Company, the name
 # as written); the United States ('in the United States' -> Location); Fairfield and Connecticut ('headquartered in
 # Fairfield, Connecticut' -> two Locations); GE Aircraft Engines ('the business unit that proposes to acquire Agfa's
 # NDT assets') and GE Power Systems ('Another business unit of GE') -> Company (business units, as 63g's GE
 # Infrastructure); Waltham and Massachusetts ('in Waltham, Massachusetts' -> two Locations); Mortsel and Belgium
 # ('Headquartered in Mortsel, Belgium' -> two Locations). Not annotated: 'the NDT Division of Panametrics, Inc.' (a
 # division named by its product class only -- **near-miss**, a reader may take 'NDT Division' for a unit's name);
 # 'nondestructive testing (NDT)', 'ultrasonic NDT equipment', 'portable flaw detectors', 'corrosion thickness gages',
 # 'precision thickness gages', 'jet engines' (product classes; 'NDT' an abbreviation of one); 'Manufacturers and end
 # users' (generic); '$437 million' (an amount)
 entities=[E("Organization", FTC),
           E("Company", GE, "GE"),
           E("Company", AGF, "Agfa"),
           E("Company", PAN, "Panametrics"),
           E("Company", RDT, "R/D Tech"),
           E("Organization", "European Commission"),
           E("Company", KRA),
           E("Location", "United States"),
           E("Location", "Fairfield"),
           E("Location", "Connecticut"),
           E("Company", GAE),
           E("Company", GPS),
           E("Location", "Waltham"),
           E("Location", "Massachusetts"),
           E("Location", "Mortsel"),
           E("Location", "Belgium")],
 # No role: the stored text names no FTC official and no officer of GE, Agfa, Panametrics or R/D Tech (the release's
 # quotation, if any, is not in the excerpt)
 roles=[],
 # 'GE, through its Panametrics subsidiary' -> parentOrganization(Panametrics, Inc., General Electric Company);
 # 'Agfa, through its Krautkramer subsidiary' -> parentOrganization(Krautkramer, Agfa-Gevaert N.V.) (the subsidiary as
 # the text gives it now: relations carry no time); 'GE is made up of a broad range of primary business units ... GE
 # Aircraft Engines, the business unit that ...' -> parentOrganization(GE Aircraft Engines, General Electric Company);
 # 'Another business unit of GE, GE Power Systems' -> parentOrganization(GE Power Systems, General Electric Company).
 # **Near-misses**: "General Electric Company's (GE) proposed acquisition of Agfa-Gevaert N.V.'s (Agfa)
 # nondestructive testing (NDT) business" and "the business unit that proposes to acquire Agfa's NDT assets" (the
 # purchase of a business and assets, not of a company: GUIDELINES -> no acquired(GE, Agfa-Gevaert N.V.), nor
 # acquired(GE, Krautkramer) -- the text does not say the subsidiary is in the sale; the headline word 'acquisition'
 # invites the wrong edge); 'GE has agreed to divest its Panametrics ultrasonic NDT business to R/D Tech, Inc.' (a
 # business sale the order requires: no acquired(R/D Tech, Panametrics), no partner); 'GE Power Systems, offers
 # ultrasonic NDT equipment through the NDT Division of Panametrics, Inc.' (no second parent edge
 # parentOrganization(Panametrics, Inc., GE Power Systems) -- **doubtful**: a reader may place Panametrics under the
 # unit as well; the text's own ownership statement names GE); 'previously received conditional clearance from the
 # European Commission' (a regulator's action: no relation); 'the two largest suppliers' (rivals: no partner); the
 # seats (no relation type)
 relations=[L(PAN, "parentOrganization", GE),
            L(KRA, "parentOrganization", AGF),
            L(GAE, "parentOrganization", GE),
            L(GPS, "parentOrganization", GE)],
 outages=[],
 # `published` None (the day of the release is not known): 'in January of this year' is not resolved (GUIDELINES: with
 # published null, list only absolute expressions); the text has no absolute time expression
 dates=[])

# ---- Valero L.P. / Kaneb Services LLC and Kaneb Pipe Line Partners, FTC press release, published 2005-06-15 ----------
A["us-ftc-valero-lp-kaneb-consent-order-three-divestitures-2005"] = dict(
 # The Federal Trade Commission (once in full; "the FTC's Bureau": alias 'FTC'; 'a Commission complaint', "the
 # Commission's order", "the Commission's continuing commitment": alias 'Commission'); Valero L.P. ('(Valero)': alias
 # 'Valero'; "Valero L.P.'s common units": the possessive off); Kaneb Services LLC ('(KSL)': alias); Kaneb Pipe Line
 # Partners ('(KPP)': alias); Northern California (a region), Pennsylvania and Colorado (states) -> Locations; the
 # United States ('in the United States', "the United States' energy markets" -> Location); Susan A. Creighton (once);
 # the Bureau of Competition (the FTC's unit -> Organization); Valero Energy ('Valero Energy, which currently owns 46
 # percent of Valero L.P.'s common units' -> Company, the name as written). Not annotated: 'Kaneb' alone ('its
 # acquisition of Kaneb') and 'the Kaneb companies' (both targets together -- **near-miss**: no alias 'Kaneb' for
 # either, a reader may give it to Kaneb Services LLC); 'the general partner' (unnamed); 'two retained Northern
 # California terminals', 'an information firewall' (unnamed assets and a measure); 'petroleum transportation and
 # terminaling', 'bulk gasoline and diesel', 'ethanol terminaling' (businesses and products); '$2.8 billion', '$525
 # million', '$1.7 billion', '46 percent', '23 percent' (amounts and shares)
 entities=[E("Organization", FTC, "FTC", "Commission"),
           E("Company", VLP, "Valero"),
           E("Company", KSL, "KSL"),
           E("Company", KPP, "KPP"),
           E("Location", "Northern California"),
           E("Location", "Pennsylvania"),
           E("Location", "Colorado"),
           E("Location", "United States"),
           E("Person", SAC),
           E("Organization", BOC),
           E("Company", VEN)],
 # "Susan A. Creighton, Director of the FTC's Bureau of Competition" -> director at the Bureau of Competition, current
 # true. **Near-misses**: no officer of Valero, Kaneb or Valero Energy is named (no company role)
 roles=[R(SAC, "director", BOC)],
 # 'its proposed $2.8 billion acquisition of Kaneb Services LLC (KSL) and Kaneb Pipe Line Partners (KPP)' and 'Valero
 # will pay $525 million for all partnership units of KSL, and will exchange $1.7 billion in Valero partnership units
 # for all outstanding units of KPP' -> acquired(Valero L.P., Kaneb Services LLC) and acquired(Valero L.P., Kaneb
 # Pipe Line Partners) (an agreed acquisition of both firms the FTC settles on conditions, not yet completed: batch
 # 16e's rule, acquired only); "the FTC's Bureau of Competition" -> parentOrganization(Bureau of Competition, Federal
 # Trade Commission). **Near-misses**: 'both KSL and KPP will become wholly owned subsidiaries of Valero' (future, on
 # completion: GUIDELINES, agreed not completed -> no parentOrganization yet; a reader may add both); 'Valero Energy,
 # which currently owns 46 percent of Valero L.P.'s common units, will continue to own the general partner and
 # maintain a 23 percent equity stake' (a minority stake and an unnamed general partner: no parentOrganization(Valero
 # L.P., Valero Energy) -- **doubtful**: owning the general partner gives control of a partnership, and a reader who
 # knows that may give the edge; the text states stakes only); 'three major divestitures' (unnamed assets and no buyer
 # in the text: nothing); 'the largest petroleum terminal operator' (a ranking); the complaint and the order (a
 # regulator's action: nothing)
 relations=[L(VLP, "acquired", KSL),
            L(VLP, "acquired", KPP),
            L(BOC, "parentOrganization", FTC)],
 outages=[],
 # 'The Federal Trade Commission today announced' -> 'today' 2005-06-15 (`published`). Not dates: 'currently' (no
 # calendar value)
 dates=[D("today", "2005-06-15")])

# ---- Hospira Inc. / Mayne Pharma Ltd., FTC press release, published 2007-01-18 (a Thursday) ---------------------------
A["us-ftc-hospira-mayne-pharma-consent-agreement-barr-generic-injectables-2007"] = dict(
 # The Federal Trade Commission (once in full; 'the FTC that charged', "the FTC's Bureau": alias 'FTC'; "the
 # Commission's charges": alias 'Commission'); Hospira Inc. ("Hospira Inc.'s (Hospira)": possessive off; alias
 # 'Hospira'); Mayne Pharma Ltd. ('(Mayne)', "Mayne's rights": alias 'Mayne'); the U.S. ('U.S. competition laws', 'the
 # U.S. market', never 'United States' in this text -> a Location named 'U.S.', as 63a's and 63g's FMC text); Barr
 # Pharmaceuticals, Inc. ('(Barr)': alias; the buyer the order names -> Company); Jeffrey Schmidt (once); the Bureau of
 # Competition (the FTC's unit -> Organization); Dilaudid H-P ('The branded product, Dilaudid H-P' -> a drug, Service);
 # Abbott Laboratories, Inc. (once, no short form); Baxter Healthcare Corp. ('(Baxter)': alias). Not annotated:
 # 'hydromorphone hydrochloride (hydromorphone)', 'nalbuphine hydrochloride (nalbuphine)', 'morphine sulfate
 # (morphine)', 'preservative-free morphine', 'deferoxamine mesylate (deferoxamine)', 'Hydromorphone Hydrochloride'
 # (generic molecules, no brand -- **near-miss**: a reader may type the five drugs Service as the text lists them by
 # name; GUIDELINES' drugs are products users buy under a name, and these are the generic versions many firms sell);
 # 'five generic injectable pharmaceuticals', 'a narcotic opioid analgesic' (product classes); '$2 billion', '10 days'
 # (an amount, a period)
 entities=[E("Organization", FTC, "FTC", "Commission"),
           E("Company", HOS, "Hospira"),
           E("Company", MAY, "Mayne"),
           E("Location", "U.S."),
           E("Company", BAR, "Barr"),
           E("Person", JS),
           E("Organization", BOC),
           E("Service", "Dilaudid H-P"),
           E("Company", ABB),
           E("Company", BAX, "Baxter")],
 # "Jeffrey Schmidt, Director of the FTC's Bureau of Competition" -> director at the Bureau of Competition, current
 # true. **Near-misses**: no officer of Hospira, Mayne, Barr, Abbott or Baxter is named (no company role)
 roles=[R(JS, "director", BOC)],
 # "its challenge to Hospira Inc.'s (Hospira) proposed $2 billion acquisition of rival drug manufacturer Mayne Pharma
 # Ltd. (Mayne), along with an agreement and order requiring the companies to sell assets ... in order for the
 # transaction to proceed" -> acquired(Hospira Inc., Mayne Pharma Ltd.) only (an agreed acquisition the FTC lets
 # proceed on conditions, not completed: batch 16e's rule -- **doubtful**: the release calls it a 'challenge', and a
 # reader may take it for a blocked deal; the settlement in the same sentence lets it go ahead); 'The branded product,
 # Dilaudid H-P, is made and sold by Abbott Laboratories, Inc.' -> provider(Dilaudid H-P, Abbott Laboratories, Inc.);
 # "the FTC's Bureau of Competition" -> parentOrganization(Bureau of Competition, Federal Trade Commission).
 # **Near-misses**: "the companies have agreed to divest to Barr Pharmaceuticals, Inc. (Barr) ... Mayne's rights and
 # assets related to the following products" (a sale of product rights and assets the order requires: no acquired, no
 # partner with Barr); 'Only three companies compete in the U.S. market for the generic version of the drug: Hospira,
 # Baxter Healthcare Corp. (Baxter), and Mayne' (rivals: no partner); 'rival drug manufacturer' (rivals); the
 # agreement, order and charges (a regulator's action: nothing)
 relations=[L(HOS, "acquired", MAY),
            L("Dilaudid H-P", "provider", ABB),
            L(BOC, "parentOrganization", FTC)],
 outages=[],
 # 'The Federal Trade Commission today announced' -> 'today' 2007-01-18 (`published`). Not dates: 'within 10 days of
 # the acquisition' (a period from an unstated start)
 dates=[D("today", "2007-01-18")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
