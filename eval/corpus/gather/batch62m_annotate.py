#!/usr/bin/env python3
"""Gold annotations for batch 62m (session 57, gatherer 62m): the four FTC merger press releases batch62m.py writes --
the proposed consent order letting the merger of Valero Energy Corporation and Ultramar Diamond Shamrock Corporation
go ahead on the sale of Ultramar's Golden Eagle Refinery and 70 service stations (press release of December 18, 2001);
the proposed consent order in the merger of The Dow Chemical Company and Union Carbide Corporation, with LLDPE
technology divested and licensed to BP Amoco plc, Dow's 'former partner in developing this technology' (press release
of February 5, 2001); Nestlé S.A. and Dreyer's Grand Ice Cream Inc. divesting the Dreamery, Godiva and Whole Fruit
brands and Nestlé's distribution assets to CoolBrands International, Inc. (press release of June 25, 2003, as the
National Archives' webharvest.gov holds ftc.gov's page); the FTC allowing Cytec Industries, Inc.'s proposed
acquisition of the Surface Specialties Business of Belgium's UCB S.A. on the sale of UCB's Amino Resins Business
(press release of March 1, 2005) -- written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts):
Cytec / UCB -> test, Dow / Union Carbide -> train, Nestlé / Dreyer's -> dev, Valero / Ultramar -> train (as
write_parts dealt them).
Dates resolve against `published` (the releases' days as the pool's notes give them: Valero's and Dow's from the FTC's
own later notices, Nestlé's from the page's own date line, Cytec's from an FTC notice naming two days, **doubtful**
there).
Conventions (the FTC merger texts' of batches 16e, 16i, 21c, 40zi, 62b, 62e and 62g, and the federal lane's; looked up
in GATHERING.md, GUIDELINES.md and the gather scripts): the FTC as 'Federal Trade Commission' with the aliases 'FTC'
and 'Commission' where the text writes them alone ('Commission-approved buyer' alone gives no alias); "Director of the
FTC's Bureau of Competition" and "FTC Bureau of Competition Director" -> director at the Bureau, current true, the
Bureau an Organization with parentOrganization the FTC; 'Acting Director' -> director, current true (batch 53m, 62g);
a proposed acquisition the FTC lets through on conditions -> acquired only (batch 16e's rule; GUIDELINES: agreed, not
completed); a 'merger' of two firms where the text does not say who buys whom -> nothing (GUIDELINES; Valero /
Ultramar, Dow / Union Carbide); a named business unit bought ('the Surface Specialties Business of ... UCB S.A.') ->
a Company with acquired and its parentOrganization to its owner (the train text's Lenovo / 'PC Division', batch 40f's
"Yahoo's Connected Life business unit"); unnamed businesses, assets, stations, refineries, distribution assets and
brands sold to a buyer -> nothing (GUIDELINES: asset purchases); brands -> Service with provider to the firm the text
gives them to (GUIDELINES; batch 16i's Meow Mix, 'brands -> Service'); a named refinery -> Location with no relation
(GUIDELINES: named sites and facilities); a stated former partnership in developing technology, with a licence of it
now -> partner, direction as written (GUIDELINES: relations carry no time; licensing deal -> partner); product classes
and chemicals (CARB gasoline, LLDPE, MDEA, ethyleneamines, amino resins, superpremium ice cream) -> not annotated;
'U.S.' alone -> a Location named 'U.S.', beside 'the United States' -> its alias; laws ('the FTC Act', 'the Clayton
Act'), amounts, counts -> nothing; 'today' -> published; a year, month or day written out -> a date.
usage: batch62m_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather63m/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

FTC = "Federal Trade Commission"
BOC = "Bureau of Competition"
VAL = "Valero Energy Corporation"
UDS = "Ultramar Diamond Shamrock Corporation"
CARB = "California Air Resources Board"
JJS = "Joseph J. Simons"
DOW = "The Dow Chemical Company"
UCC = "Union Carbide Corporation"
BPA = "BP Amoco plc"
MB = "Molly Boast"
NES = "Nestl\u00e9 S.A."
DRY = "Dreyer's Grand Ice Cream Inc."
CBI = "CoolBrands International, Inc."
JS = "Joe Simons"
HD = "H\u00e4agen-Dazs"
CYT = "Cytec Industries, Inc."
UCB = "UCB S.A."
SSB = "Surface Specialties Business"
ARB = "Amino Resins Business"
A = {}

# ---- Valero / Ultramar Diamond Shamrock, FTC press release, published 2001-12-18 (a Tuesday) ------------------------
A["us-ftc-valero-ultramar-diamond-shamrock-consent-order-golden-eagle-refinery-2001"] = dict(
 # The Federal Trade Commission (once in full; "The FTC's complaint", 'FTC Bureau of Competition Director': alias
 # 'FTC'; "The Commission's proposed order": alias 'Commission'; 'a Commission-approved buyer' adds nothing); Valero
 # Energy Corporation ('(Valero)': alias); Ultramar Diamond Shamrock Corporation ('(Ultramar)': alias; "Ultramar's
 # Golden Eagle Refinery", '70 Ultramar retail service stations'); the Golden Eagle Refinery (a named facility ->
 # Location, GUIDELINES: named sites and facilities, no relation); Northern California and California (a region and a
 # state -> two Locations; 'the state' and "the state's consumers" are generic, no alias); the California Air
 # Resources Board ('(CARB)': alias; a state agency -> Organization; 'CARB gasoline', 'CARB 2', 'CARB 3' use its
 # acronym for the fuel standard, counted as the same surface form); Joseph J. Simons (once); the Bureau of
 # Competition (the FTC's unit -> Organization); San Antonio and Texas (Valero's seat: two Locations); the United
 # States ('in the United States'; 'an independent U.S. company': alias 'U.S.'). Not annotated: 'CARB gasoline', 'CARB
 # 2 gasoline', 'CARB 3 gasoline', 'Phase 2 specifications', 'Phase 3 specifications' (a fuel class and standards, no
 # brand); 'bulk gasoline supply contracts', '70 Ultramar retail service stations' (assets, none named); '$6
 # billion', '150 million dollars', '$611 million', '$15 billion' (amounts); 'seven fuel refineries' (a count)
 entities=[E("Organization", FTC, "FTC", "Commission"),
           E("Company", VAL, "Valero"),
           E("Company", UDS, "Ultramar"),
           E("Location", "Golden Eagle Refinery"),
           E("Location", "Northern California"),
           E("Location", "California"),
           E("Organization", CARB, "CARB"),
           E("Person", JJS),
           E("Organization", BOC),
           E("Location", "San Antonio"),
           E("Location", "Texas"),
           E("Location", "United States", "U.S.")],
 # 'said FTC Bureau of Competition Director Joseph J. Simons' -> director at the Bureau of Competition, current true
 # (the title written before the name, as 'Director of the FTC's Bureau of Competition' in 62b's, 62e's and 62g's
 # texts). **Near-misses**: no officer of Valero or Ultramar is named (no company role)
 roles=[R(JJS, "director", BOC)],
 # 'FTC Bureau of Competition' -> parentOrganization(Bureau of Competition, Federal Trade Commission). No acquired:
 # 'the proposed $6 billion merger of petroleum refiners Valero ... and Ultramar' and 'the merger as proposed' never
 # say who buys whom (GUIDELINES: a merger naming no buyer -> nothing; **doubtful**: 'requires Valero to divest
 # Ultramar's Golden Eagle Refinery' lets a reader infer that Valero takes Ultramar over, and the FTC's later notice
 # calls it 'Valero's acquisition of Ultramar' -- not this text). **Near-misses**: "Ultramar's Golden Eagle Refinery"
 # (a facility -> Location: no parentOrganization, no provider); the refinery, supply contracts and 70 stations to 'a
 # Commission-approved buyer' (assets, no buyer named: nothing); 'Both Valero and Ultramar are leading refiners and
 # marketers of CARB gasoline' (rivals, and a fuel class: no partner, no provider); 'Valero, headquartered in San
 # Antonio, Texas' (a seat: no relation type); the consent order and the complaint (a regulator's action: nothing);
 # CARB's specifications (a regulator's standard: no provider)
 relations=[L(BOC, "parentOrganization", FTC)],
 outages=[],
 # 'today announced' -> 'today' 2001-12-18 (`published`, from the FTC's own notice of February 2002); 'in effect since
 # 1996' -> '1996' 1996; 'scheduled to go into effect on January 1, 2003' -> 'January 1, 2003' 2003-01-01; 'In 2000,
 # the company reported' -> '2000' 2000. Not dates: 'annually', 'current' (no value); 'within the state' (a place)
 dates=[D("today", "2001-12-18"), D("1996", "1996"), D("January 1, 2003", "2003-01-01"), D("2000", "2000")])

# ---- The Dow Chemical Company / Union Carbide Corporation, FTC press release, published 2001-02-05 (a Monday) -------
A["us-ftc-dow-chemical-union-carbide-consent-order-lldpe-bp-amoco-2001"] = dict(
 # The Federal Trade Commission (once in full; "the FTC's Bureau of Competition": alias 'FTC'; "The Commission's
 # order", "the Commission's complaint": alias 'Commission'); The Dow Chemical Company (kept with its capital 'The' as
 # written; '("Dow")': alias); Union Carbide Corporation ('("Carbide")': alias); BP Amoco plc ('("BP")': alias); Molly
 # Boast (once); the Bureau of Competition (the FTC's unit -> Organization). Not annotated: 'linear low-density
 # polyethylene ("LLDPE")', 'LLDPE and related technology', 'metallocene catalysts', 'reactor processes',
 # 'ethyleneamines', 'ethanolamines', 'methyldiethanolamine ("MDEA")', 'branded MDEA' (chemicals, technologies and a
 # product class: no named Service); 'trash bags, stretch film and sealable food pouches' (goods); 'its ethyleneamines,
 # ethanolamines and methyldiethanolamine ("MDEA")-based gas treating products businesses' (businesses with no name of
 # their own: no entity); 'identified up-front buyers' (unnamed)
 entities=[E("Organization", FTC, "FTC", "Commission"),
           E("Company", DOW, "Dow"),
           E("Company", UCC, "Carbide"),
           E("Company", BPA, "BP"),
           E("Person", MB),
           E("Organization", BOC)],
 # "Molly Boast, Acting Director of the FTC's Bureau of Competition" -> director at the Bureau of Competition, current
 # true (an acting head holds the post now: batch 53m's and 62g's 'Acting Director' -> director; **doubtful** only in
 # that a reader may read 'Acting' as 'head' or 'other'). **Near-misses**: no officer of Dow, Carbide or BP is named
 roles=[R(MB, "director", BOC)],
 # "to BP Amoco plc ("BP"), its former partner in developing this technology" -> partner(The Dow Chemical Company, BP
 # Amoco plc) (a stated partnership in developing LLDPE technology -- GUIDELINES: relations carry no time, so 'former'
 # does not drop it -- and the order's divestiture and licence of that intellectual property to BP now, a licensing
 # deal between the two; one edge, direction as written, Dow the subject; **doubtful**: a reader may leave out a
 # partnership written as past, or read the transfer as an asset sale only); "the FTC's Bureau of Competition" ->
 # parentOrganization(Bureau of Competition, Federal Trade Commission). No acquired: 'the proposed merger of The Dow
 # Chemical Company ("Dow") and Union Carbide Corporation ("Carbide")' and 'the merger' never say who buys whom
 # (GUIDELINES: nothing; **doubtful**: 'Dow would be required to divest' lets a reader infer that Dow is the buyer).
 # **Near-misses**: 'Dow would also be required to divest to identified up-front buyers its ethyleneamines,
 # ethanolamines and ... businesses' (unnamed businesses and buyers: nothing); 'competition in four lines of commerce'
 # (rivals: no partner(Dow, Carbide)); the consent order and the complaint (a regulator's action: nothing)
 relations=[L(DOW, "partner", BPA),
            L(BOC, "parentOrganization", FTC)],
 outages=[],
 # No time expression with a calendar value: the text has no 'today' ('has accepted for public comment'), and 'over
 # the long term' has no value. `published` 2001-02-05 is kept for the record only
 dates=[])

# ---- Nestle S.A. / Dreyer's Grand Ice Cream Inc., FTC press release, published 2003-06-25 (a Wednesday) ------------
A["us-ftc-nestle-dreyers-consent-order-coolbrands-superpremium-ice-cream-2003"] = dict(
 # Nestlé S.A. (once in full, with its accent; 'Nestlé' eight more times, "Nestlé's distribution assets": alias 'Nestlé');
 # Dreyer's Grand Ice Cream Inc. (once in full; "three of Dreyer's brands", "Nestlé acquires Dreyer's": alias
 # "Dreyer's"); the Federal Trade Commission (once in full, in 'Federal Trade Commission charges'; 'According to the
 # FTC', "the FTC's Bureau", 'the FTC authorized': alias 'FTC'; 'Should the Commission determine': alias 'Commission';
 # 'The agency' is generic, no alias); Dreamery, Godiva and Whole Fruit ('the superpremium ice cream brands Dreamery
 # and Godiva, the Whole Fruit sorbet brand': brands -> three Services); CoolBrands International, Inc. (once in full;
 # 'CoolBrands is not an acceptable purchaser': alias 'CoolBrands'); Joe Simons (once, as written -- the Joseph J.
 # Simons of the Valero text, a separate text, not linked); the Bureau of Competition (the FTC's unit ->
 # Organization); the U.S. ('U.S. consumers', never 'United States': a Location named 'U.S.'); Unilever (once);
 # Ben & Jerry's ("Ben & Jerry's brand ice cream": a brand -> Service); Häagen-Dazs ('the Häagen-Dazs brand' -> Service,
 # kept with its umlaut). Not annotated: 'superpremium ice cream', 'the retail channel' (a product class and a channel);
 # "Nestlé's distribution assets" (assets, no name); 'the staff' (generic); '$600 million', '$2.8 billion', '98
 # percent', '60 percent' (amounts and shares); the title (annotate the text, not the title)
 entities=[E("Company", NES, "Nestl\u00e9"),
           E("Company", DRY, "Dreyer's"),
           E("Organization", FTC, "FTC", "Commission"),
           E("Service", "Dreamery"),
           E("Service", "Godiva"),
           E("Service", "Whole Fruit"),
           E("Company", CBI, "CoolBrands"),
           E("Person", JS),
           E("Organization", BOC),
           E("Location", "U.S."),
           E("Company", "Unilever"),
           E("Service", "Ben & Jerry's"),
           E("Service", HD)],
 # "Joe Simons, Director of the FTC's Bureau of Competition" -> director at the Bureau of Competition, current true.
 # **Near-misses**: no officer of Nestlé, Dreyer's, CoolBrands or Unilever is named (no company role)
 roles=[R(JS, "director", BOC)],
 # "no later than 10 days after Nestlé acquires Dreyer's", 'The purchase of Dreyer's would give Nestlé ...' and 'In
 # June 2002, Nestlé and Dreyer's agreed to combine their ice cream businesses' -> acquired(Nestlé S.A., Dreyer's
 # Grand Ice Cream Inc.) only (the text says who buys whom; agreed and settled with the FTC, not yet completed --
 # batch 16e's rule and GUIDELINES' agreed-not-completed: no parentOrganization); "three of Dreyer's brands ... the
 # superpremium ice cream brands Dreamery and Godiva, the Whole Fruit sorbet brand" -> provider(Dreamery, Dreyer's),
 # provider(Godiva, Dreyer's), provider(Whole Fruit, Dreyer's) (**doubtful** for Godiva: the text gives it to
 # Dreyer's as one of its brands; a reader who knows the name may think of a licence from the chocolate maker, which
 # the text does not tell); 'Unilever, the marketer of Ben & Jerry's brand ice cream' -> provider(Ben & Jerry's,
 # Unilever); 'Nestlé markets superpremium ice cream under the Häagen-Dazs brand' -> provider(Häagen-Dazs, Nestlé
 # S.A.); "the FTC's Bureau of Competition" -> parentOrganization(Bureau of Competition, Federal Trade Commission).
 # **Near-misses**: the divestiture of the three brands and Nestlé's distribution assets to CoolBrands International,
 # Inc. (a purchase of brands and assets: no acquired(CoolBrands, ...), no provider(Dreamery, CoolBrands) -- the
 # brands are still to be sold, and GUIDELINES treats asset purchases as nothing); 'another Commission-approved
 # buyer' (unnamed); 'Nestlé and Dreyer's, along with Unilever, ... account for about 98 percent' (rivals: no
 # partner); 'the FTC authorized the staff to seek a preliminary injunction to block the merger' (a regulator's
 # action: nothing)
 relations=[L(NES, "acquired", DRY),
            L("Dreamery", "provider", DRY),
            L("Godiva", "provider", DRY),
            L("Whole Fruit", "provider", DRY),
            L("Ben & Jerry's", "provider", "Unilever"),
            L(HD, "provider", NES),
            L(BOC, "parentOrganization", FTC)],
 outages=[],
 # 'In June 2002, Nestlé and Dreyer's agreed' -> 'June 2002' 2002-06; 'In March 2003, the FTC authorized' -> 'March
 # 2003' 2003-03. Not dates: 'no later than 10 days after Nestlé acquires Dreyer's' (the closing day is not told: no
 # value); 'annually', 'At the time' (no value of its own); the dropped date line (-> `published`)
 dates=[D("June 2002", "2002-06"), D("March 2003", "2003-03")])

# ---- Cytec Industries, Inc. / UCB S.A., FTC press release, published 2005-03-01 (a Tuesday) -------------------------
A["us-ftc-cytec-ucb-surface-specialties-consent-order-amino-resins-2005"] = dict(
 # The Federal Trade Commission (once in full; "the FTC's complaint", 'the FTC contends', 'the FTC Act': alias 'FTC';
 # 'a Commission-approved buyer' is the only 'Commission', inside a compound: no alias, as the batch's convention);
 # Cytec Industries, Inc. ("Cytec Industries, Inc.'s (Cytec)": the bracketed short name -> alias 'Cytec', the
 # possessive not part of the name); the Surface Specialties Business (a named business unit, capitalised as a name ->
 # Company, as batch 40f's "Yahoo's Connected Life business unit" and the train text's 'PC Division'); Belgium
 # ("Belgium's UCB S.A." -> Location); UCB S.A. (once in full; 'Cytec and UCB', "UCB's Amino Resins Business": alias
 # 'UCB'); the Amino Resins Business ("UCB's Amino Resins Business": a named business unit -> Company, as the
 # Surface Specialties Business). Not annotated: 'amino resins', 'industrial liquid coatings', 'adhesion promotion
 # in rubber', 'cross-linking agents', 'thermoset surface coatings', the coatings listed, 'tires', 'steel or fiber'
 # (products and uses, no brand); 'Section 5 of the FTC Act', 'Section 7 of the Clayton Act' (laws); '$1.8 billion'
 # (an amount); 'within six months', 'for many years' (no calendar value). No Bureau of Competition and no official
 # in the stored text
 entities=[E("Organization", FTC, "FTC"),
           E("Company", CYT, "Cytec"),
           E("Company", SSB),
           E("Location", "Belgium"),
           E("Company", UCB, "UCB"),
           E("Company", ARB)],
 # No person is named. **Near-misses**: no FTC official and no officer of Cytec or UCB in the text (no role)
 roles=[],
 # "the FTC today announced it has allowed Cytec Industries, Inc.'s (Cytec) proposed $1.8 billion acquisition of the
 # Surface Specialties Business of Belgium's UCB S.A., provided Cytec divests ..." -> acquired(Cytec Industries,
 # Inc., Surface Specialties Business) only (batch 16e's rule for a proposed deal the FTC lets through on
 # conditions; a named business unit bought counts as the train text's acquired(Lenovo, PC Division) does;
 # **doubtful**: a reader may call it an asset purchase and give nothing); 'the Surface Specialties Business of
 # Belgium's UCB S.A.' -> parentOrganization(Surface Specialties Business, UCB S.A.) (GUIDELINES' "X's Y division";
 # the owner until the deal closes); "UCB's Amino Resins Business" -> parentOrganization(Amino Resins Business, UCB
 # S.A.) (as written -- **doubtful**: a reader may take it as part of the Surface Specialties Business, which the text
 # does not say, or leave an unnamed-looking business out). **Near-misses**: 'provided Cytec divests UCB's Amino
 # Resins Business to a Commission-approved buyer' (no buyer named: no acquired); 'Cytec and UCB have been direct and
 # substantial competitors', 'the two major competitors', 'competing with each other' (rivals: no partner); 'Both
 # Cytec and UCB manufacture and sell amino resins' (a product class: no provider); the complaint and consent order (a
 # regulator's action: nothing)
 relations=[L(CYT, "acquired", SSB),
            L(SSB, "parentOrganization", UCB),
            L(ARB, "parentOrganization", UCB)],
 outages=[],
 # 'today announced' -> 'today' 2005-03-01 (`published`; **doubtful** as the day itself: see the pool's notes). Not
 # dates: 'within six months', 'for many years', 'the past' (no calendar value)
 dates=[D("today", "2005-03-01")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
