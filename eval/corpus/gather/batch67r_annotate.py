#!/usr/bin/env python3
"""Gold annotations for batch 67r (session 61, gatherer 67r): the three FTC merger texts batch67r.py writes -- the
FTC's proposed consent agreement allowing DSM N.V.'s acquisition of Roche Holding AG's Vitamins and Fine Chemicals
division provided DSM divests its phytase business to BASF AG (ftc.gov opa/2003/09/dsm.htm, September 23, 2003;
Susan Creighton); the FTC's consent order over King Pharmaceuticals, Inc.'s proposed acquisition of Alpharma Inc.,
with the rights to Alpharma's drug Kadian divested to Actavis (ftc.gov press release of December 29, 2008; David P.
Wales); American Home Products Corporation's application to divest its tetanus and diphtheria vaccines assets to
Medeva PLC under the 1994 order over its acquisition of American Cyanamid Company (ftc.gov release of July 1995, day
unknown) -- written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev (batch10_annotate's write_parts):
AHP / Medeva -> test, DSM / Roche -> train, King / Alpharma -> dev (as write_parts dealt them).
DSM's and King's texts have a known day, so 'announced today' is resolved against `published`; AHP's has `published`
None (no day found in the store), so only absolute time expressions are dates there ('1994').
Conventions (the FTC merger texts' of batches 16e, 62g, 62m, 63g, 64a, 64m, 65a, 66o, 67a and 67g; looked up in
GATHERING.md, GUIDELINES.md and the gather scripts): the FTC as 'Federal Trade Commission' with the aliases 'FTC' and
'Commission' where the text writes them alone or as a modifier ("the FTC's Bureau of Competition", 'a 1994 Commission
order', 'Commission-approved buyer'); "Director of the FTC's Bureau of Competition" and "Acting Director ..." ->
director at the Bureau, current true (62g's Wales call), the Bureau an Organization with parentOrganization the FTC;
an agreed acquisition the FTC lets through on conditions -> acquired only (batch 16e's rule); a named business unit
bought -> acquired only, as 62m's Cytec / Surface Specialties Business, with parentOrganization(unit, its owner)
(GUIDELINES' "X's Y division"); a corporate division -> Company; named drugs -> Service with provider to the firm the
text gives them to (63g's Actiq, Provigil); 'alliance with X' and 'a manufacturing agreement with X' -> partner,
direction as written (GUIDELINES: stated partnership, supply contract); a contract maker of another firm's drug ->
partner(maker, the firm the text names), not provider (doubtful); the sale of a business, assets or drug rights to a
named buyer -> nothing (GUIDELINES: asset purchases; 64a's GE / Agfa NDT business, 66o's Dow / Akzo chelant
business); countries, states, cities, 'the U.S.' and 'the United States' -> Location; seats and plants -> no relation;
product classes (phytase, vitamins, oral LAOs, tetanus and diphtheria vaccines), orders, settlements, complaints,
applications, amounts and counts -> not annotated.
usage: batch67r_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather68r/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

FTC = "Federal Trade Commission"
BOC = "Bureau of Competition"
DSM = "DSM N.V."
ROC = "Roche Holding AG"
RVFC = "Vitamins and Fine Chemicals"
BASF = "BASF AG"
NOVO = "Novozymes"
FERM = "FermPro"
SC = "Susan Creighton"
KING = "King Pharmaceuticals, Inc."
ALP = "Alpharma Inc."
KAD = "Kadian"
AVI = "Avinza"
ACT = "Actavis"
DW = "David P. Wales"
AHP = "American Home Products Corporation"
MED = "Medeva PLC"
CYA = "American Cyanamid Company"
A = {}

# ---- DSM N.V. / Roche Holding AG's Vitamins and Fine Chemicals division, FTC press release of September 23, 2003 ------
A["us-ftc-dsm-roche-vitamins-fine-chemicals-phytase-basf-consent-agreement-2003"] = dict(
 # The Federal Trade Commission (once in full; 'According to the FTC', "the FTC's Bureau of Competition": alias 'FTC';
 # no 'Commission' alone); DSM N.V. ('DSM N.V.'s (DSM)' -- the name as the text writes it, the possessive off; 'DSM'
 # alone many times and inside 'DSM/BASF': alias); Roche Holding AG ("Roche Holding AG's (Roche)": alias 'Roche');
 # Vitamins and Fine Chemicals ("Roche Holding AG's (Roche) Vitamins and Fine Chemicals division (RV&FC)", "The
 # company's RV&FC division": a named division -> Company, the lower-case 'division' left off the name as 62m left
 # 'business' of a named unit in place only where written capitalised; alias 'RV&FC' -- **doubtful**: a reader may
 # name it 'Roche Vitamins and Fine Chemicals', a form the text does not write); BASF AG ('BASF AG (BASF)': alias
 # 'BASF', also inside 'DSM/BASF'); Novozymes (twice, no other form); Susan Creighton (once); the Bureau of Competition
 # (the FTC's unit -> Organization); the Netherlands ('headquartered in the Netherlands' -> Location 'Netherlands', the
 # article left off); Seclin, France (DSM's plant's town and country -> two Locations); FermPro ('FermPro, an enzyme
 # fermentation operation located in Kingstree, South Carolina': a business with which DSM has a manufacturing
 # agreement -> Company); Kingstree, South Carolina; Basel, Switzerland (Roche's seat). Not annotated: 'phytase',
 # 'vitamins, carotenoids, and fine chemicals', 'an enzyme' (product classes); 'its phytase business' (an unnamed
 # business); 'alliances', 'the DSM/BASF alliance' (unnamed; the partners are annotated); 'poultry and swine feed',
 # 'food, pharmaceuticals, and transportation' (industries); '$1.89 billion', '$150 million', '$7 billion', '$21
 # billion', '$80 million', '90 percent', '10 days' (amounts, shares, periods)
 entities=[E("Organization", FTC, "FTC"),
           E("Company", DSM, "DSM"),
           E("Company", ROC, "Roche"),
           E("Company", RVFC, "RV&FC"),
           E("Company", BASF, "BASF"),
           E("Company", NOVO),
           E("Person", SC),
           E("Organization", BOC),
           E("Location", "Netherlands"),
           E("Location", "Seclin"),
           E("Location", "France"),
           E("Company", FERM),
           E("Location", "Kingstree"),
           E("Location", "South Carolina"),
           E("Location", "Basel"),
           E("Location", "Switzerland")],
 # '"...," said Susan Creighton, Director of the FTC's Bureau of Competition' -> director at the Bureau of
 # Competition, current true (63g's call for the same words). **Near-misses**: no officer of DSM, Roche, BASF,
 # Novozymes or FermPro is named (no company role)
 roles=[R(SC, "director", BOC)],
 # 'the Federal Trade Commission would allow DSM N.V.'s (DSM) proposed $1.89 billion acquisition of Roche Holding AG's
 # (Roche) Vitamins and Fine Chemicals division (RV&FC) to proceed, provided DSM divests ...' -> acquired(DSM N.V.,
 # Vitamins and Fine Chemicals) only (a proposed deal the FTC lets through on conditions: batch 16e's rule; a named
 # unit bought counts, as 62m's Cytec / Surface Specialties Business and the train text's Lenovo / PC Division --
 # **doubtful**: a reader may call the purchase of a division an asset purchase and give nothing, or put Roche as the
 # target); "Roche Holding AG's ... Vitamins and Fine Chemicals division" and "The company's RV&FC division" ->
 # parentOrganization(Vitamins and Fine Chemicals, Roche Holding AG) (GUIDELINES: "X's Y division"; the owner until the
 # deal closes); 'DSM (with BASF) and Roche (with Novozymes) are in alliances that produce and market phytase' and
 # 'Through its alliance with BASF' -> partner(DSM N.V., BASF AG) and partner(Roche Holding AG, Novozymes) (a stated
 # alliance is a partnership; direction as written, the named party first); 'through a manufacturing agreement with
 # FermPro' -> partner(DSM N.V., FermPro) (a supply contract between two named firms); "the FTC's Bureau of
 # Competition" -> parentOrganization(Bureau of Competition, Federal Trade Commission). **Near-misses**: 'provided DSM
 # divests its phytase business to BASF AG' (the sale of an unnamed business: no acquired(BASF AG, ...), and the
 # partner edge stands for the alliance, not for this sale); 'the transaction would lead to DSM being part of
 # alliances that supply more than 90 percent' (a projection: no partner(DSM, Novozymes)); DSM's plant in Seclin,
 # FermPro's site in Kingstree, the seats in the Netherlands and Basel (seats and plants: no relation type); 'DSM is
 # the largest phytase supplier in the world' (a market statement: nothing)
 relations=[L(DSM, "acquired", RVFC),
            L(RVFC, "parentOrganization", ROC),
            L(DSM, "partner", BASF),
            L(ROC, "partner", NOVO),
            L(DSM, "partner", FERM),
            L(BOC, "parentOrganization", FTC)],
 outages=[],
 # `published` 2003-09-23: 'a proposed consent agreement announced today' -> 2003-09-23; 'In 2002' -> 2002. Not dates:
 # 'within 10 days of the consummation of the transaction' (no calendar value)
 dates=[D("today", "2003-09-23"), D("2002", "2002")])

# ---- King Pharmaceuticals, Inc. / Alpharma Inc., FTC press release of December 29, 2008 -------------------------------
A["us-ftc-king-pharmaceuticals-alpharma-consent-order-kadian-actavis-2008"] = dict(
 # The Federal Trade Commission (once in full; "the FTC's Bureau of Competition", 'The Commission's action', 'the
 # Commission's complaint': aliases 'FTC' and 'Commission'); King Pharmaceuticals, Inc. ("King Pharmaceuticals, Inc.'s",
 # the possessive off; 'King' alone many times: alias); Alpharma Inc. ('Alpharma' alone: alias); Kadian and Avinza
 # (named drugs -> Service, 63g's Actiq call); Actavis (twice, no other form -> Company); Elizabeth, New Jersey
 # (Actavis's plant's city and state -> two Locations); David P. Wales (once); the Bureau of Competition (->
 # Organization); the United States ('in the United States' once -> Location). Not annotated: 'oral long-acting opioid
 # (LAO) analgesic drug', 'oral LAOs', 'morphine', 'oxycodone', 'oxymorphone', 'short-acting opioids', 'morphine sulfate
 # oral LAOs' (drug classes and compounds: no Service); 'Americans' (a demonym); '$1.6 billion', '$4 billion', 'Tens of
 # millions' (amounts)
 entities=[E("Organization", FTC, "FTC", "Commission"),
           E("Company", KING, "King"),
           E("Company", ALP, "Alpharma"),
           E("Service", KAD),
           E("Company", ACT),
           E("Service", AVI),
           E("Location", "Elizabeth"),
           E("Location", "New Jersey"),
           E("Person", DW),
           E("Organization", BOC),
           E("Location", "United States")],
 # '"...," said David P. Wales, Acting Director of the FTC's Bureau of Competition' -> director at the Bureau of
 # Competition, current true (62g's call for the same words: an acting head holds the post now -- **doubtful** only in
 # that a reader may read 'Acting' as 'head' or 'other'). **Near-misses**: no officer of King, Alpharma or Actavis is
 # named (no company role)
 roles=[R(DW, "director", BOC)],
 # "a consent order to settle its charges that King Pharmaceuticals, Inc.'s proposed $1.6 billion acquisition of
 # rival drug-maker Alpharma Inc. would be anticompetitive", the order requiring a divestiture so the deal can go
 # ahead -> acquired(King Pharmaceuticals, Inc., Alpharma Inc.) only (batch 16e's rule; 'proposed', not completed: no
 # parentOrganization); "Alpharma's branded ... drug Kadian" and "Alpharma's Kadian" -> provider(Kadian, Alpharma
 # Inc.); "King's LAO Avinza" and "King's Avinza" -> provider(Avinza, King Pharmaceuticals, Inc.); 'Actavis ... currently
 # manufactures the drug for King at its plant in Elizabeth, New Jersey' -> partner(Actavis, King Pharmaceuticals, Inc.)
 # (a contract maker for a named firm: a supply relation, direction as written -- **doubtful**: the text says 'for
 # King' of Alpharma's drug (Lexology's report says 'for Alpharma'); the gold follows the text; a reader may also give
 # provider(Kadian, Actavis) for the maker, which the gold does not: the drug is Alpharma's brand, Actavis only makes
 # it); "the FTC's Bureau of Competition" -> parentOrganization(Bureau of Competition, Federal Trade Commission).
 # **Near-misses**: 'requires King to divest the rights to Alpharma's ... drug Kadian to Actavis' and 'Actavis is
 # well-positioned to acquire the Kadian assets' (a sale of drug rights and assets, not yet made: no acquired, no
 # provider(Kadian, Actavis)); 'the competition between Kadian and King's LAO Avinza', 'the only competitively
 # significant brands' (rivals: no partner); Actavis's plant in Elizabeth (no relation type)
 relations=[L(KING, "acquired", ALP),
            L(KAD, "provider", ALP),
            L(AVI, "provider", KING),
            L(ACT, "partner", KING),
            L(BOC, "parentOrganization", FTC)],
 outages=[],
 # `published` 2008-12-29: 'The Commission's action announced today' -> 2008-12-29; 'in 2007' -> 2007
 dates=[D("today", "2008-12-29"), D("2007", "2007")])

# ---- American Home Products Corporation / Medeva PLC (1994 order on American Cyanamid), FTC release of July 1995
# (`published` None) -------------------------------------------------------------------------------------------------------
A["us-ftc-american-home-products-medeva-vaccines-divestiture-application-1995"] = dict(
 # American Home Products Corporation ('American Home Products Corporation (AHP)'; 'AHP' alone many times, "AHP's":
 # alias); the Federal Trade Commission (once in full; 'Prior FTC approval', "the FTC's challenge": alias 'FTC'; 'a 1994
 # Commission order', 'The Commission held', 'a Commission-approved buyer': alias 'Commission'); Medeva PLC ('Medeva'
 # alone twice: alias); Madison, New Jersey (AHP's offices -> two Locations); London (Medeva's seat); American Cyanamid
 # Company ("AHP's $9.7 billion acquisition of American Cyanamid Company"; "Cyanamid's rotavirus research": alias
 # 'Cyanamid'); the U.S. ('the U.S. market', 'in the U.S.', 'the U.S. tetanus and diphtheria vaccines market' -> one
 # Location named 'U.S.', the text never writing 'United States'). Not annotated: 'tetanus and diphtheria vaccines',
 # 'certain biotechnology drugs', 'cytokine drugs', 'a vaccine to treat rotavirus', 'rotavirus' (a disease) (product
 # classes: no Service); 'its tetanus and diphtheria vaccines assets', 'the vaccine business' (unnamed assets and
 # business); the FTC's 'Office of the Secretary' and 'Public Reference Branch' (in the paragraphs left out); '$9.7
 # billion', '90 day', '30 days' (amounts and periods)
 entities=[E("Company", AHP, "AHP"),
           E("Organization", FTC, "FTC", "Commission"),
           E("Company", MED, "Medeva"),
           E("Location", "Madison"),
           E("Location", "New Jersey"),
           E("Location", "London"),
           E("Company", CYA, "Cyanamid"),
           E("Location", "U.S.")],
 # No role: the kept text quotes only AHP's application and names no FTC official and no officer of AHP, Medeva or
 # American Cyanamid (**near-miss**: the FR analysis of the same matter names FTC staff contacts; that notice is not
 # this text)
 roles=[],
 # "a 1994 Commission order that resulted from the FTC's challenge of AHP's $9.7 billion acquisition of American
 # Cyanamid Company", settled by an order that lets it go ahead on conditions (divest, license 'Cyanamid's rotavirus
 # research') -> acquired(American Home Products Corporation, American Cyanamid Company) only (batch 16e's rule for
 # an acquisition the FTC lets through on conditions -- **doubtful**: the 1994 order and AHP's duty in 1995 to license
 # 'Cyanamid's rotavirus research' imply the deal closed, so a reader may add parentOrganization(American Cyanamid
 # Company, American Home Products Corporation); the text never says AHP owns Cyanamid or that the purchase was
 # completed). **Near-misses**: 'requested Federal Trade Commission approval to divest its tetanus and diphtheria
 # vaccines assets to Medeva PLC' (a requested sale of assets: nothing -- GUIDELINES' asset purchases, and not yet
 # approved); 'license Cyanamid's rotavirus research' (to an unnamed licensee: no partner); 'Medeva does not sell
 # tetanus or diphtheria vaccines in the U.S.' (nothing); AHP's offices in Madison and Medeva's seat in London (seats:
 # no relation type)
 relations=[L(AHP, "acquired", CYA)],
 outages=[],
 # `published` None (the release's day is not known): only absolute expressions -> 'a 1994 Commission order' -> 1994.
 # Not dates: 'until August 18' (a day and month with no year, and `published` null: not resolved), '90 day', '30
 # days' (periods)
 dates=[D("1994", "1994")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
