#!/usr/bin/env python3
"""Gold annotations for batch 64g (session 58, gatherer 64g): the four FTC merger press releases batch64g.py writes --
the proposed settlement requiring Kroger Co. and Fred Meyer Stores, Inc. to divest eight supermarkets in Arizona,
Wyoming and Utah in Kroger's proposed acquisition of Fred Meyer (press release of May 27, 1999); the consent order
letting Actavis Group hf. acquire Abrika Pharmaceuticals, Inc. on the divestiture of generic isradipine capsules to
Cobalt Laboratories, Inc. (press release of April 16, 2007); the consent order in Schering-Plough Corporation's
acquisition of Organon BioSciences N.V. from Akzo-Nobel N.V., three poultry vaccines to go to Wyeth (press release of
November 16, 2007); the settlement letting Grifols, S.A. acquire Talecris Biotherapeutics Holdings Corp. on sales of
a facility and plasma centers to Kedrion S.p.A. and a manufacturing agreement for Kedrion (press release of June 1,
2011) -- written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts):
Actavis / Abrika -> test, Grifols / Talecris -> train, Kroger / Fred Meyer -> dev, Schering-Plough / Organon -> train
(as write_parts dealt them).
Dates resolve against `published` (Kroger's day from the FTC's own Federal Register analysis, Actavis's from a trade
report and the FR analysis's week, Schering-Plough's from its own release, Grifols's from the FTC's own later
final-order release).
Conventions (the FTC merger texts' of batches 16e, 16i, 62b, 62e, 62g, 62m, 63a, 63g and 64a, and the federal lane's;
looked up in GATHERING.md, GUIDELINES.md and the gather scripts): the FTC as 'Federal Trade Commission' with the
aliases 'FTC' and 'Commission' where the text writes them alone (the FTC's name inside 'the FTC Act' is a law's name:
no mention); "Director of the FTC's Bureau of Competition" -> director at the Bureau, current true, the Bureau an
Organization with parentOrganization the FTC; a proposed acquisition the FTC lets through on conditions -> acquired
only (batch 16e's rule; GUIDELINES: agreed, not completed); the seller named with 'acquisition of X from Y' ->
parentOrganization(X, Y) (batches 60j's, 61c's and 63a's call; ownership before the sale still recorded);
'a wholly owned subsidiary of X', "X's Y division" -> parentOrganization (GUIDELINES: subsidiary/division/unit
statements; a named division -> Company, as 63g's GE units); supermarket trade names (banners) -> Service with
provider to the chain the text gives them to, the chain's own name as a banner not annotated apart (batch 16i's
Albertson's / United call); a manufacturing agreement under which one named firm makes products for another ->
partner, direction as written (GUIDELINES: supply/customer contract; 63g's licence, 16e's supply duty); generic drug
names (isradipine) -> not entities (64a's call: molecules, not brands); divestitures of supermarkets, rights and
assets, a facility and plasma centers, to a named buyer or not -> nothing (GUIDELINES: asset purchases); named
places (cities, states, countries, continents, Research Triangle Park) -> Location; 'U.S.' beside 'the United States'
-> its alias, 'U.S.' alone -> a Location named 'U.S.' (63a, 63g); laws (the FTC Act, the Clayton Act), orders,
product classes (poultry vaccines, plasma-derived products), amounts and counts -> not annotated; 'today' ->
published; a date written out -> a date.
usage: batch64g_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather65g/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

FTC = "Federal Trade Commission"
BOC = "Bureau of Competition"
KRO = "Kroger Co."
FRM = "Fred Meyer Stores, Inc."
WJB = "William J. Baer"
ACT = "Actavis Group hf."
ABR = "Abrika Pharmaceuticals, Inc."
COB = "Cobalt Laboratories, Inc."
JS = "Jeffrey Schmidt"
SPC = "Schering-Plough Corporation"
OBS = "Organon BioSciences N.V."
AKZ = "Akzo-Nobel N.V."
INT = "Intervet, Inc."
GRI = "Grifols, S.A."
TAL = "Talecris Biotherapeutics Holdings Corp."
KED = "Kedrion S.p.A."
A = {}

# ---- Kroger Co. / Fred Meyer Stores, Inc., FTC press release, published 1999-05-27 (a Thursday) -----------------------
A["us-ftc-kroger-fred-meyer-consent-agreement-supermarkets-arizona-wyoming-utah-1999"] = dict(
 # The Federal Trade Commission (once in full; 'FTC charges', "the FTC's Bureau", 'According to the FTC': alias 'FTC';
 # no 'Commission' written alone in this text); Kroger Co. (once in full, without 'The'; 'Kroger' alone many times:
 # alias); Fred Meyer Stores, Inc. (once in full; 'Fred Meyer' alone many times, "Fred Meyer's supermarkets": alias);
 # Arizona, Wyoming and Utah (states -> Locations); William J. Baer (once); the Bureau of Competition (the FTC's unit
 # -> Organization); the United States ('the largest supermarket chain in the United States' -> Location; no 'U.S.'
 # in this text); Cincinnati and Ohio, Portland and Oregon (the two seats -> four Locations); Fry's, Dillons, King
 # Sooper, City Market and Gerbes ("Kroger's supermarkets operate under the ... trade names" -> Service, as 16i's
 # supermarket banners; 'King Sooper' as written, singular); Smith's Food & Drug Centers and Price Rite ("Fred Meyer's
 # supermarkets operate under the ... trade name" -> Service); Prescott, Sierra Vista, Yuma, Green River, Rock Springs
 # and Price (towns 'in and near' which the chains compete -> Locations; 'Price, Utah' a town, not the word).
 # Not annotated: the banner "Kroger" (the company's own name in quotation marks: not a Service apart from the company
 # -- **near-miss**, 16i's call for 'United Supermarkets'); 'eight supermarkets in seven communities', 'five
 # supermarkets', 'three stores', 'approximately 1,300 stores in 24 states', '800 supermarkets in 12 western states'
 # (unnamed stores and counts); 'supermarket competition', 'consumers' (generic)
 entities=[E("Organization", FTC, "FTC"),
           E("Company", KRO, "Kroger"),
           E("Company", FRM, "Fred Meyer"),
           E("Location", "Arizona"),
           E("Location", "Wyoming"),
           E("Location", "Utah"),
           E("Person", WJB),
           E("Organization", BOC),
           E("Location", "United States"),
           E("Location", "Cincinnati"),
           E("Location", "Ohio"),
           E("Service", "Fry's"),
           E("Service", "Dillons"),
           E("Service", "King Sooper"),
           E("Service", "City Market"),
           E("Service", "Gerbes"),
           E("Location", "Portland"),
           E("Location", "Oregon"),
           E("Service", "Smith's Food & Drug Centers"),
           E("Service", "Price Rite"),
           E("Location", "Prescott"),
           E("Location", "Sierra Vista"),
           E("Location", "Yuma"),
           E("Location", "Green River"),
           E("Location", "Rock Springs"),
           E("Location", "Price")],
 # "William J. Baer, Director of the FTC's Bureau of Competition" -> director at the Bureau of Competition, current
 # true. **Near-misses**: no officer of Kroger or Fred Meyer is named (no company role)
 roles=[R(WJB, "director", BOC)],
 # 'the proposed acquisition of Fred Meyer by Kroger', settled by the proposed agreement -> acquired(Kroger Co., Fred
 # Meyer Stores, Inc.) only (a proposed acquisition the FTC lets through on conditions: batch 16e's rule, no
 # parentOrganization); "Kroger's supermarkets operate under the ... 'Fry's,' 'Dillons,' 'King Sooper,' 'City
 # Market,' and 'Gerbes' trade names" -> provider(<each banner>, Kroger Co.); "Fred Meyer's supermarkets operate under
 # the 'Smith's Food & Drug Centers' trade name ... and the 'Price Rite' trade name" -> provider(<each>, Fred Meyer
 # Stores, Inc.) (**doubtful**: a reader may type the banners Company -- the chains' operating subsidiaries bear such
 # names elsewhere -- with parentOrganization; this text gives them as trade names only); "the FTC's Bureau of
 # Competition" -> parentOrganization(Bureau of Competition, Federal Trade Commission). **Near-misses**: 'require
 # Kroger and Fred Meyer to divest eight supermarkets' (store sales, asset purchases, no buyer named: nothing);
 # 'Kroger and Fred Meyer currently compete against each other' and 'where Kroger competes with Fred Meyer' (rivals:
 # no partner); 'a proposed settlement agreement with Kroger Co. and Fred Meyer Stores, Inc.' (a regulator's action:
 # no partner between the FTC and the firms)
 relations=[L(KRO, "acquired", FRM),
            L("Fry's", "provider", KRO),
            L("Dillons", "provider", KRO),
            L("King Sooper", "provider", KRO),
            L("City Market", "provider", KRO),
            L("Gerbes", "provider", KRO),
            L("Smith's Food & Drug Centers", "provider", FRM),
            L("Price Rite", "provider", FRM),
            L(BOC, "parentOrganization", FTC)],
 outages=[],
 # 'The Federal Trade Commission today announced' -> 'today' 1999-05-27 (`published`). Not dates: 'currently', 'a
 # speedy divestiture' (no calendar value)
 dates=[D("today", "1999-05-27")])

# ---- Actavis Group hf. / Abrika Pharmaceuticals, Inc., FTC press release, published 2007-04-16 (a Monday) --------------
A["us-ftc-actavis-abrika-consent-order-isradipine-cobalt-2007"] = dict(
 # The Federal Trade Commission (once in full; "the FTC's Bureau", "the FTC's complaint": alias 'FTC'; "the
 # Commission's consent order": alias 'Commission'); Actavis Group hf. (once in full, "hf.'s" possessive off;
 # '(Actavis)': alias); Abrika Pharmaceuticals, Inc. ('(Abrika)': alias); the United States ('in the United States'
 # twice; 'the U.S. market' twice: alias 'U.S.'); Cobalt Laboratories, Inc. ('(Cobalt)': alias; the buyer the order
 # names -> Company); Iceland, Europe and Asia ('Headquartered in Iceland', 'manufacturing facilities in Europe, the
 # United States, and Asia' -> Locations); Sunrise and Florida ('based in Sunrise, Florida' -> two Locations); Jeffrey
 # Schmidt (once); the Bureau of Competition (the FTC's unit -> Organization). Not annotated: 'generic isradipine
 # capsules', 'this important generic drug' (a generic molecule and its dosage form, no brand -- **near-miss**, 64a's
 # call for the generic injectables: a reader may type 'isradipine' Service as a named drug); 'hypertension,
 # ischemia, and depression' (diseases); 'controlled release and immediate release products' (product classes);
 # 'Section 5 of the FTC Act', 'Section 7 of the Clayton Act' (laws: the FTC's short name inside a law's name is no
 # mention of the FTC -- **near-miss**); '$235 million', 'more than 30 countries', '10 days' (amounts, a count, a
 # period)
 entities=[E("Organization", FTC, "FTC", "Commission"),
           E("Company", ACT, "Actavis"),
           E("Company", ABR, "Abrika"),
           E("Location", "United States", "U.S."),
           E("Company", COB, "Cobalt"),
           E("Location", "Iceland"),
           E("Location", "Europe"),
           E("Location", "Asia"),
           E("Location", "Sunrise"),
           E("Location", "Florida"),
           E("Person", JS),
           E("Organization", BOC)],
 # "Jeffrey Schmidt, Director of the FTC's Bureau of Competition" -> director at the Bureau of Competition, current
 # true. **Near-misses**: no officer of Actavis, Abrika or Cobalt is named (no company role)
 roles=[R(JS, "director", BOC)],
 # "Actavis Group hf.'s (Actavis) proposed acquisition of Abrika Pharmaceuticals, Inc." under 'a consent order that
 # will allow the deal to proceed', and 'Under a merger agreement announced on November 20, 2006, Actavis proposed to
 # acquire all of the voting securities of Abrika' -> acquired(Actavis Group hf., Abrika Pharmaceuticals, Inc.) only
 # (agreed, let through on conditions: batch 16e's rule, no parentOrganization); "the FTC's Bureau of Competition" ->
 # parentOrganization(Bureau of Competition, Federal Trade Commission). **Near-misses**: 'the companies will divest
 # all rights and assets needed to make and market generic isradipine capsules to Cobalt Laboratories, Inc. (Cobalt)'
 # (a sale of rights and assets: no acquired, no partner, no provider -- **doubtful** only in that a reader may give
 # Cobalt an edge to the sellers); 'Actavis and Abrika are the only two companies selling generic isradipine capsules'
 # (rivals: no partner); 'has manufacturing facilities in Europe, the United States, and Asia' and the two seats
 # (places: no relation type); the consent order and the complaint (a regulator's action: nothing)
 relations=[L(ACT, "acquired", ABR),
            L(BOC, "parentOrganization", FTC)],
 outages=[],
 # 'The Federal Trade Commission today announced' -> 'today' 2007-04-16 (`published`); 'a merger agreement announced
 # on November 20, 2006' -> 'November 20, 2006' 2006-11-20. Not dates: 'within 10 days of the acquisition' (a period
 # from an unstated start)
 dates=[D("today", "2007-04-16"), D("November 20, 2006", "2006-11-20")])

# ---- Schering-Plough Corporation / Organon BioSciences N.V., FTC press release, published 2007-11-16 (a Friday) --------
A["us-ftc-schering-plough-organon-biosciences-consent-order-poultry-vaccines-wyeth-2007"] = dict(
 # The Federal Trade Commission (once in full; "the FTC's Bureau": alias 'FTC'; 'a consent order with the Commission'
 # twice, "The Commission's action": alias 'Commission'); Schering-Plough Corporation (once in full, "Corporation's"
 # possessive off; 'Schering-Plough' alone: alias); Organon BioSciences N.V. (once in full; 'a wholly owned subsidiary
 # of Organon BioSciences': alias); Akzo-Nobel N.V. (once, with the hyphen as written); the U.S. ('the U.S. markets',
 # 'The U.S. poultry business'; 'the United States' is only in the sentence cut with the excerpt's break -> a Location
 # named 'U.S.', as 63a's and 63g's FMC text); Wyeth (the buyer of the vaccines -> Company); Fort Dodge ("Wyeth's Fort
 # Dodge division": a named division -> Company, as 63g's GE units; its name without 'division'); Jeffrey Schmidt
 # (once); the Bureau of Competition (the FTC's unit -> Organization); Intervet, Inc. (once; 'Intervet' alone is only
 # in the cut sentence, so no alias). Not annotated: 'three poultry vaccines', 'each vaccine', 'Live vaccines for the
 # prevention and treatment of the Georgia 98 strain of infectious bronchitis virus', 'Live Georgia 98 vaccines'
 # (product classes with no brand); 'Georgia 98' (a virus strain's name: not the US state Georgia, no Location --
 # **near-miss**); 'animal health products' (a class); '$14.4 billion', '10 days', 'two years' (an amount, periods)
 entities=[E("Organization", FTC, "FTC", "Commission"),
           E("Company", SPC, "Schering-Plough"),
           E("Company", OBS, "Organon BioSciences"),
           E("Company", AKZ),
           E("Location", "U.S."),
           E("Company", "Wyeth"),
           E("Company", "Fort Dodge"),
           E("Person", JS),
           E("Organization", BOC),
           E("Company", INT)],
 # "Jeffrey Schmidt, Director of the FTC's Bureau of Competition" -> director at the Bureau of Competition, current
 # true. **Near-misses**: no officer of Schering-Plough, Organon BioSciences, Akzo-Nobel or Wyeth is named
 roles=[R(JS, "director", BOC)],
 # "Schering-Plough Corporation's proposed $14.4 billion acquisition of Organon BioSciences N.V. from Akzo-Nobel N.V."
 # under a consent order that lets it proceed -> acquired(Schering-Plough Corporation, Organon BioSciences N.V.) only
 # (batch 16e's rule, no parentOrganization to the buyer) and parentOrganization(Organon BioSciences N.V., Akzo-Nobel
 # N.V.) (the seller named with 'from': its owner before the sale, 60j's, 61c's and 63a's call -- **doubtful**: the
 # ownership is said only through 'from'); 'Intervet, Inc. - a wholly owned subsidiary of Organon BioSciences' ->
 # parentOrganization(Intervet, Inc., Organon BioSciences N.V.); "Wyeth's Fort Dodge division" ->
 # parentOrganization(Fort Dodge, Wyeth); "the FTC's Bureau of Competition" -> parentOrganization(Bureau of
 # Competition, Federal Trade Commission). **Near-misses**: 'requiring them to divest the rights and assets needed to
 # develop, manufacture and market each vaccine to Wyeth' (a sale of rights and assets: no acquired, no partner);
 # "to provide supply and transitional support services to Wyeth's Fort Dodge division for two years" (a supply duty
 # under the order, but the supplier is 'the companies' -- the merging firms, or the buyer and the seller, the text
 # does not say which named firm: no partner -- **doubtful**, a reader may give partner(Schering-Plough Corporation,
 # Fort Dodge) as 16e's 'Endo must supply Rising'); 'Schering-Plough and Intervet, Inc. ... controlling significant
 # market shares in each vaccine market' (rivals: no partner); the complaint and the consent order (a regulator's
 # action: nothing)
 relations=[L(SPC, "acquired", OBS),
            L(OBS, "parentOrganization", AKZ),
            L(INT, "parentOrganization", OBS),
            L("Fort Dodge", "parentOrganization", "Wyeth"),
            L(BOC, "parentOrganization", FTC)],
 outages=[],
 # 'The Federal Trade Commission today announced' and "The Commission's action today" -> 'today' 2007-11-16
 # (`published`; one item, the same text and value). Not dates: 'within 10 days of the acquisition', 'for two years'
 # (periods from an unstated start)
 dates=[D("today", "2007-11-16")])

# ---- Grifols, S.A. / Talecris Biotherapeutics Holdings Corp., FTC press release, published 2011-06-01 (a Wednesday) ---
A["us-ftc-grifols-talecris-consent-agreement-kedrion-melville-plasma-2011"] = dict(
 # The Federal Trade Commission (once in full; 'the latest FTC action', 'FTC charges': alias 'FTC'; no 'Commission'
 # alone); Grifols, S.A. (once in full; 'Grifols' alone many times, "Grifols' proposed acquisition": alias); Talecris
 # Biotherapeutics Holdings Corp. (once in full; 'Talecris' alone, 'the Talecris fractionation facility': alias); the
 # U.S. ('U.S. consumers', 'the U.S. plasma-derived products industry'; no 'United States' in this text -> a Location
 # named 'U.S.'); Melville and New York, Mobile and Alabama, Winston-Salem and North Carolina (the places of the
 # facility and the plasma centers -> Locations; 'North Carolina' again for Talecris's seat, one entity); Kedrion
 # S.p.A. (once in full; 'Kedrion is a manufacturer', 'for Kedrion': alias); Europe ('in Europe and other markets');
 # Barcelona and Spain ('headquartered in Barcelona, Spain'; 'facilities in Barcelona'), Los Angeles (Locations);
 # Research Triangle Park ('based in Research Triangle Park, North Carolina': a named place -> Location). Not
 # annotated: 'the Talecris fractionation facility', "Grifols' plasma collection centers" (unnamed facilities);
 # 'plasma-derived drugs', 'three plasma-derived products', 'human blood plasma-derived products' (product classes);
 # 'federal antitrust laws' (laws, unnamed); '$3.4 billion' (an amount). No person is named in the kept text
 entities=[E("Organization", FTC, "FTC"),
           E("Company", GRI, "Grifols"),
           E("Company", TAL, "Talecris"),
           E("Location", "U.S."),
           E("Location", "Melville"),
           E("Location", "New York"),
           E("Location", "Mobile"),
           E("Location", "Alabama"),
           E("Location", "Winston-Salem"),
           E("Location", "North Carolina"),
           E("Company", KED, "Kedrion"),
           E("Location", "Europe"),
           E("Location", "Barcelona"),
           E("Location", "Spain"),
           E("Location", "Los Angeles"),
           E("Location", "Research Triangle Park")],
 # No role: no official of the FTC or of the firms is named in the kept text (**near-miss**: the excerpt holds no
 # quotation; the FTC's Bureau is not named either, so no Bureau entity or parentOrganization)
 roles=[],
 # 'a settlement allowing Grifols to acquire ... Talecris Biotherapeutics Holdings Corp.' and 'On June 6, 2010,
 # Grifols agreed to acquire Talecris' -> acquired(Grifols, S.A., Talecris Biotherapeutics Holdings Corp.) only
 # (agreed, let through on conditions: batch 16e's rule, no parentOrganization); 'Grifols also will manufacture three
 # plasma-derived products for Kedrion for several years under a manufacturing agreement' -> partner(Grifols, S.A.,
 # Kedrion S.p.A.) (a supply contract between two named firms, direction as written, the maker first -- **doubtful**:
 # the agreement is a condition of the settlement, written in the future, as 63g's Cephalon / Barr licence).
 # **Near-misses**: 'Grifols will sell the Talecris fractionation facility in Melville, New York, and Grifols' plasma
 # collection centers ... to Kedrion S.p.A.' (a sale of a facility and centers, asset purchases: no acquired, no
 # parentOrganization); 'a leading plasma-derived drug manufacturer' (a description, no rivalry edge); 'Kedrion ...
 # will be a new entrant in the U.S. plasma-derived products industry' (no relation); 'with facilities in Barcelona
 # and Los Angeles' and the two seats (places: no relation type); the settlement and the FTC charges (a regulator's
 # action: nothing)
 relations=[L(GRI, "acquired", TAL),
            L(GRI, "partner", KED)],
 outages=[],
 # 'On June 6, 2010, Grifols agreed to acquire Talecris' -> 'June 6, 2010' 2010-06-06. The text holds no 'today'.
 # Not dates: 'for several years' (a period)
 dates=[D("June 6, 2010", "2010-06-06")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
