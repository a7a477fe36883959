#!/usr/bin/env python3
"""Gold annotations for batch 63g (session 57, gatherer 63g): the four FTC merger press releases batch63g.py writes --
the consent order accepted for the proposed joint venture of FMC Corp. and Solutia Inc., with Solutia's Augusta
phosphates business to go to Societe Chimique Prayon-Rupel and FMC's Lawrence phosphorus pentasulfide business to Peak
Investments, LLC (press release of April 2000, day unknown); the FTC allowing Cephalon, Inc.'s acquisition of Cima
Labs, Inc. provided that Cephalon licenses a generic Actiq to Barr Laboratories, Inc. (press release of August 9,
2004); the consent agreement letting General Electric Company acquire InVision Technologies, Inc. on the divestiture
of InVision's YXLON NDT subsidiary (press release of September 15, 2004); the consent agreement letting Buckeye
Partners, L.P. buy pipelines and terminals from Shell Oil Company with a prior notice on the Niles, Michigan terminal
assets (press release of September 2004, day unknown) -- written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts):
Buckeye / Shell -> test, Cephalon / Cima -> train, FMC / Solutia -> dev, GE / InVision -> train (as write_parts dealt
them).
Dates resolve against `published` (Cephalon's day from Cephalon's own 8-K on sec.gov and a trade report, GE's from the
FTC's own later notice); FMC / Solutia and Buckeye / Shell have `published` None, so only absolute expressions are
listed there (GUIDELINES, Dates).
Conventions (the FTC merger texts' of batches 16e, 16i, 62b, 62e, 62g, 62m and 63a, and the federal lane's; looked up
in GATHERING.md, GUIDELINES.md and the gather scripts): the FTC as 'Federal Trade Commission' with the aliases 'FTC'
and 'Commission' where the text writes them alone ('Commission-approved', a compound, gives no alias); "Director of
the FTC's Bureau of Competition" -> director at the Bureau, current true, the Bureau an Organization with
parentOrganization the FTC; a proposed acquisition the FTC lets through on conditions -> acquired only (batch 16e's
rule; GUIDELINES: agreed, not completed); 'X's Y subsidiary', 'the company's unit', 'Another GE unit' ->
parentOrganization (GUIDELINES: subsidiary/division/unit statements); a joint venture two named firms 'plan to'
form, unnamed in the text -> partner between them (GUIDELINES: partner for a stated joint venture; no venture entity
to hang parentOrganization on); a licence an order requires one named firm to grant another -> partner, direction as
written (GUIDELINES: licensing deal; 62m's Dow / BP Amoco licence, 16e's 'Endo must supply Rising'); named drugs ->
Service with provider to the firm the text gives them to; brand names under which a named unit sells equipment ->
Service with provider to that unit (GUIDELINES: a brand users buy is a Service); named pipelines and pipeline systems
-> Location, no relation (GUIDELINES: named sites and facilities; 63a's Discovery pipeline system); divestitures of
businesses, plants or subsidiaries, to a named buyer or not, and purchases of pipelines and terminals -> nothing
(GUIDELINES: asset purchases); regions ('the Northeast and Midwest regions'), states, cities and countries ->
Locations; 'U.S.' beside 'the United States' -> its alias, 'U.S.' alone -> a Location named 'U.S.' (63a); seats and
places of incorporation -> no relation; laws (the Clayton Act, the Federal Trade Commission Act), orders (the 'Order to
Maintain Assets'), product classes (pure phosphoric acid, BTCP drugs, x-ray NDT equipment, refined petroleum products),
amounts and counts -> not annotated; 'today' -> published; a year written out -> a date.
usage: batch63g_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather64g/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

FTC = "Federal Trade Commission"
BOC = "Bureau of Competition"
FMC = "FMC Corp."
SOL = "Solutia Inc."
PRA = "Societe Chimique Prayon-Rupel"
PEA = "Peak Investments, LLC"
RGP = "Richard G. Parker"
CEP = "Cephalon, Inc."
CIM = "Cima Labs, Inc."
BAR = "Barr Laboratories, Inc."
SC = "Susan Creighton"
GE = "General Electric Company"
INV = "InVision Technologies, Inc."
YXL = "YXLON"
GEI = "GE Infrastructure"
GIT = "GE Inspection Technologies"
SAC = "Susan A. Creighton"
BUC = "Buckeye Partners, L.P."
SHL = "Shell Oil Company"
A = {}

# ---- FMC Corp. / Solutia Inc. joint venture, FTC press release, April 2000 (`published` None) -------------------------
A["us-ftc-fmc-solutia-joint-venture-consent-order-prayon-peak-2000"] = dict(
 # The Federal Trade Commission (once in full; 'According to the FTC complaint', "the FTC's Bureau": alias 'FTC'; 'the
 # Commission contends' twice: alias 'Commission'); FMC Corp. ('(FMC)': alias; "FMC's phosphorus pentasulfide
 # business"); Solutia Inc. ('(Solutia)': alias; "Solutia's phosphates business"); Augusta and Georgia ('in Augusta,
 # Georgia': a city and a state -> two Locations); Societe Chimique Prayon-Rupel ('(Prayon)': alias; a buyer named by
 # the order -> Company); Lawrence and Kansas ('in Lawrence, Kansas' -> two Locations); Peak Investments, LLC
 # ('(Peak)': alias -> Company); Richard G. Parker (once); the Bureau of Competition (the FTC's unit -> Organization);
 # the U.S. ('the U.S. market' twice, never 'United States' in this text -> a Location named 'U.S.', as 63a's
 # Genzyme text). Not annotated: 'Section 7 of the Clayton Act' and 'Section 5 of the Federal Trade Commission Act'
 # (laws: the FTC's name inside a law's title is no mention of the FTC -- **near-miss**); 'an Order to Maintain
 # Assets' (an order); 'phosphates and phosphorus derivatives businesses', 'pure phosphoric acid', 'phosphorus
 # pentasulfide', 'phosphate salts' (businesses and chemicals with no name); 'the respondents', 'other companies'
 # (generic). The joint venture itself is not named in this text (its name, Astaris LLC, is in other documents of
 # the matter only): no entity for it
 entities=[E("Organization", FTC, "FTC", "Commission"),
           E("Company", FMC, "FMC"),
           E("Company", SOL, "Solutia"),
           E("Location", "Augusta"),
           E("Location", "Georgia"),
           E("Company", PRA, "Prayon"),
           E("Location", "Lawrence"),
           E("Location", "Kansas"),
           E("Company", PEA, "Peak"),
           E("Person", RGP),
           E("Organization", BOC),
           E("Location", "U.S.")],
 # "Richard G. Parker, Director of the FTC's Bureau of Competition" -> director at the Bureau of Competition, current
 # true. **Near-misses**: no officer of FMC, Solutia, Prayon or Peak is named (no company role)
 roles=[R(RGP, "director", BOC)],
 # 'the proposed joint venture between FMC Corp. (FMC) and Solutia Inc. (Solutia), in which the companies plan to
 # combine their respective phosphates and phosphorus derivatives businesses' -> partner(FMC Corp., Solutia Inc.)
 # (a joint venture the two firms have agreed and the FTC clears on conditions; direction as written, FMC first;
 # **doubtful**: a reader may hold a 'proposed' venture to be an intention only and leave it out, as GUIDELINES does
 # for offers and talks -- the consent order accepted with both firms as respondents makes it more than talks); "the
 # FTC's Bureau of Competition" -> parentOrganization(Bureau of Competition, Federal Trade Commission).
 # **Near-misses**: 'divest the portion of Solutia's phosphates business in Augusta, Georgia to Societe Chimique
 # Prayon-Rupel (Prayon)' and "FMC's phosphorus pentasulfide business in Lawrence, Kansas to Peak Investments, LLC
 # (Peak)" (sales of businesses and plants, asset purchases: no acquired, no partner with Prayon or Peak, no
 # parentOrganization of an unnamed business -- **doubtful** only in that a reader may give the buyers acquired edges
 # on the sellers); 'FMC and Solutia currently compete with each other' (rivals: no further edge); 'sell it directly
 # to end customers' (unnamed customers); the consent order and the complaint (a regulator's action: nothing)
 relations=[L(FMC, "partner", SOL),
            L(BOC, "parentOrganization", FTC)],
 outages=[],
 # No dates: `published` None (the day of the release is not known), and the text holds no absolute time expression
 # ('until the transactions are completed', 'currently' have no calendar value)
 dates=[])

# ---- Cephalon, Inc. / Cima Labs, Inc., FTC press release, published 2004-08-09 (a Monday) ------------------------------
A["us-ftc-cephalon-cima-labs-consent-agreement-actiq-barr-license-2004"] = dict(
 # The Federal Trade Commission (once in full; "the FTC's Bureau": alias 'FTC'; no 'Commission' written alone in this
 # text); Cephalon, Inc. (once in full, "Cephalon, Inc.'s": the possessive is not part of the name; 'Cephalon' alone
 # many times: alias); Cima Labs, Inc. (once in full; 'Cima is best positioned', "Cima's product": alias 'Cima');
 # Barr Laboratories, Inc. (once, no short form); Actiq ("Cephalon's breakthrough cancer pain (BTCP) drug Actiq",
 # 'Actiq for BTCP': a drug -> Service); the United States ('in the United States' three times; 'the U.S. BTCP drug
 # market': alias 'U.S.'); Susan Creighton (once, without the middle initial other FTC texts give her: the name as
 # written); the Bureau of Competition (the FTC's unit -> Organization); West Chester and Pennsylvania
 # ('Headquartered in West Chester, Pennsylvania' -> two Locations); Provigil and Gabitril (drugs -> Service); Salt
 # Lake City and Utah ('its facilities in Salt Lake City, Utah' -> two Locations); France (Location); Eden Prairie and
 # Minnesota ('headquartered in Eden Prairie, Minnesota' -> two Locations). Not annotated: 'breakthrough cancer pain
 # (BTCP) drug(s)', 'a BTCP drug in development', "Cima's product" (a drug class and an unnamed product: no Service
 # -- **near-miss**, a reader who knows the matter may name Cima's fentanyl product, which the text does not);
 # 'narcolepsy', 'attention deficit disorder', 'partial seizures associated with epilepsy' (diseases); 'fast-dissolve
 # drug delivery technology' (a technology class); '$515 million', '1,400 employees', '$714 million', '$83.9
 # million', '20 products' (amounts and counts)
 entities=[E("Organization", FTC, "FTC"),
           E("Company", CEP, "Cephalon"),
           E("Company", CIM, "Cima"),
           E("Company", BAR),
           E("Service", "Actiq"),
           E("Location", "United States", "U.S."),
           E("Person", SC),
           E("Organization", BOC),
           E("Location", "West Chester"),
           E("Location", "Pennsylvania"),
           E("Service", "Provigil"),
           E("Service", "Gabitril"),
           E("Location", "Salt Lake City"),
           E("Location", "Utah"),
           E("Location", "France"),
           E("Location", "Eden Prairie"),
           E("Location", "Minnesota")],
 # "Susan Creighton, Director of the FTC's Bureau of Competition" -> director at the Bureau of Competition, current
 # true. **Near-misses**: no officer of Cephalon, Cima or Barr is named (no company role)
 roles=[R(SC, "director", BOC)],
 # "the Federal Trade Commission will allow Cephalon, Inc.'s $515 million acquisition of Cima Labs, Inc." ->
 # acquired(Cephalon, Inc., Cima Labs, Inc.) only (a proposed acquisition the FTC lets through on conditions: batch
 # 16e's rule, no parentOrganization; 'The proposed acquisition would have allowed ...' confirms it is not yet done);
 # 'provided that Cephalon grants Barr Laboratories, Inc. a fully paid-up, irrevocable license to manufacture and sell
 # a generic formulation of ... Actiq' -> partner(Cephalon, Inc., Barr Laboratories, Inc.) (a licensing deal the
 # order requires between two named firms, direction as written, the licensor first -- **doubtful**: the grant is a
 # condition of the clearance, written 'provided that', and a reader may wait for the licence to be signed; 62m gave
 # partner for an order's licence to a named firm, 16e for an order's supply duty); "Cephalon's ... drug Actiq" ->
 # provider(Actiq, Cephalon, Inc.); 'Cephalon develops and markets pharmaceutical products, including three in the
 # United States - Actiq ..., Provigil ..., and Gabitril ...' -> provider(Provigil, Cephalon, Inc.) and
 # provider(Gabitril, Cephalon, Inc.) (Actiq's edge given once); "the FTC's Bureau of Competition" ->
 # parentOrganization(Bureau of Competition, Federal Trade Commission). **Near-misses**: Barr's 'generic formulation
 # of ... Actiq' (an unnamed generic product: no provider(Actiq, Barr) -- Actiq itself stays Cephalon's);
 # 'Cephalon is currently the only company selling a BTCP drug', 'Cima is best positioned to be the next entrant',
 # "Cima is clearly poised to become Cephalon's major competitor" (rivals: no partner(Cephalon, Cima)); 'its
 # facilities in Salt Lake City, Utah, and in France' and the two seats (places: no relation type); the consent
 # agreement and the order (a regulator's action: nothing)
 relations=[L(CEP, "acquired", CIM),
            L(CEP, "partner", BAR),
            L("Actiq", "provider", CEP),
            L("Provigil", "provider", CEP),
            L("Gabitril", "provider", CEP),
            L(BOC, "parentOrganization", FTC)],
 outages=[],
 # 'Under a consent agreement announced today' -> 'today' 2004-08-09 (`published`); 'In 2003, the company reported'
 # -> '2003' 2003. Not dates: 'currently', 'at the time that Cima's product would enter the market', 'in the next few
 # years' (no calendar value)
 dates=[D("today", "2004-08-09"), D("2003", "2003")])

# ---- General Electric Company / InVision Technologies, Inc., FTC press release, published 2004-09-15 (a Wednesday) ----
A["us-ftc-general-electric-invision-consent-agreement-yxlon-2004"] = dict(
 # The Federal Trade Commission (once in full; "the FTC's Bureau": alias 'FTC'; 'a Commission-approved buyer': a
 # compound adjective, no alias); General Electric Company (once in full, "General Electric Company's": possessive
 # off; 'GE' many times: alias); InVision Technologies, Inc. (once in full; 'InVision' alone: alias); YXLON ("InVision's
 # YXLON NDT subsidiary": a named subsidiary -> Company, its name without the descriptive 'NDT subsidiary' --
 # **doubtful** as to the name's extent, a reader may take 'YXLON NDT'); the United States ('in the United States';
 # 'the highly specialized U.S. market', 'the two leading U.S. producers': alias 'U.S.'); Susan A. Creighton (once);
 # the Bureau of Competition (the FTC's unit -> Organization); Germany and the United Kingdom ('our enforcement
 # colleagues in Germany and the United Kingdom' -> Locations); Fairfield and Connecticut ('headquartered in
 # Fairfield, Connecticut' -> two Locations); GE Infrastructure ("the company's unit that is acquiring InVision") and
 # GE Inspection Technologies ('Another GE unit') -> Company (business units, as 62m's and 63a's named businesses);
 # Seifert, Pantak, Krautkramer and Hocking ('under the Seifert, Pantak, Krautkramer, and Hocking brand names': brands
 # of equipment buyers use -> Service, **doubtful**: a reader may see firm names -- the text gives them as brands
 # only). Not annotated: 'x-ray nondestructive testing (NDT) and inspection equipment', 'x-ray NDT' (a product class;
 # 'NDT' an abbreviation of it, not a name); "GE's security and sensing, water technologies, and automation
 # enterprises" (unnamed lines of business); 'the aerospace, energy, petrochemical, and automotive industries'
 # (industries); '$900 million', 'six months' (an amount, a period)
 entities=[E("Organization", FTC, "FTC"),
           E("Company", GE, "GE"),
           E("Company", INV, "InVision"),
           E("Company", YXL),
           E("Location", "United States", "U.S."),
           E("Person", SAC),
           E("Organization", BOC),
           E("Location", "Germany"),
           E("Location", "United Kingdom"),
           E("Location", "Fairfield"),
           E("Location", "Connecticut"),
           E("Company", GEI),
           E("Company", GIT),
           E("Service", "Seifert"),
           E("Service", "Pantak"),
           E("Service", "Krautkramer"),
           E("Service", "Hocking")],
 # "Susan A. Creighton, Director of the FTC's Bureau of Competition" -> director at the Bureau of Competition, current
 # true. **Near-misses**: no officer of GE or InVision is named; 'our enforcement colleagues in Germany and the United
 # Kingdom' (unnamed agencies and people: no role)
 roles=[R(SAC, "director", BOC)],
 # "a consent agreement that will conditionally allow General Electric Company's $900 million acquisition of
 # InVision Technologies, Inc." -> acquired(General Electric Company, InVision Technologies, Inc.) only (a proposed
 # acquisition the FTC lets through on conditions: batch 16e's rule, no parentOrganization); "InVision's YXLON NDT
 # subsidiary" -> parentOrganization(YXLON, InVision Technologies, Inc.) (relations carry no time: the subsidiary is to
 # be divested, it is InVision's now); "GE Infrastructure, the company's unit that is acquiring InVision" ->
 # parentOrganization(GE Infrastructure, General Electric Company); 'Another GE unit, GE Inspection Technologies' ->
 # parentOrganization(GE Inspection Technologies, General Electric Company); 'GE Inspection Technologies ... sells
 # various NDT and inspection equipment under the Seifert, Pantak, Krautkramer, and Hocking brand names' ->
 # provider(<each brand>, GE Inspection Technologies) (the unit the text says sells them; not GE as well -- one maker
 # edge per brand, the nearest named seller); "the FTC's Bureau of Competition" -> parentOrganization(Bureau of
 # Competition, Federal Trade Commission). **Near-misses**: 'the company's unit that is acquiring InVision' (the same
 # acquisition by GE's unit: no second acquired(GE Infrastructure, InVision) -- **doubtful**, a reader may give the
 # unit the edge as well or instead; the text's first and main statement names GE); 'requiring GE to divest
 # InVision's YXLON NDT subsidiary to a Commission-approved buyer' (no buyer named: nothing); 'GE and InVision are
 # the two leading U.S. producers', 'the dominant suppliers and closest competitors' (rivals: no partner); 'the close
 # cooperation of our enforcement colleagues in Germany and the United Kingdom' (unnamed agencies: no partner); 'The
 # company's NDT and inspection products serve customers in the aerospace ... industries' (unnamed customers); the
 # consent agreement (a regulator's action: nothing)
 relations=[L(GE, "acquired", INV),
            L(YXL, "parentOrganization", INV),
            L(GEI, "parentOrganization", GE),
            L(GIT, "parentOrganization", GE),
            L("Seifert", "provider", GIT),
            L("Pantak", "provider", GIT),
            L("Krautkramer", "provider", GIT),
            L("Hocking", "provider", GIT),
            L(BOC, "parentOrganization", FTC)],
 outages=[],
 # 'the Federal Trade Commission today announced' and 'The consent agreement announced today' -> 'today' 2004-09-15
 # (`published`; one item, the same text and value). Not dates: 'within six months' (a period from an unstated start)
 dates=[D("today", "2004-09-15")])

# ---- Buckeye Partners, L.P. / Shell Oil Company assets, FTC press release, September 2004 (`published` None) -----------
A["us-ftc-buckeye-partners-shell-pipelines-terminals-consent-niles-2004"] = dict(
 # The Federal Trade Commission (once in full; 'notify the FTC', "the FTC's Bureau": alias 'FTC'; 'approved by the
 # Commission today', "The Commission's competitive concerns", "the Commission's ability": alias 'Commission');
 # Buckeye Partners, L.P. ('(Buckeye)': alias); Shell Oil Company ('(Shell)': alias); Niles and Michigan ('in and
 # around Niles, Michigan' twice; 'the Niles terminal assets'; 'terminals in ... Michigan') -> two Locations; the
 # United States ('in the United States' twice) -> Location; the North Line Products System ('the 309-mile North Line
 # Products System'), the East Line Products System and the Two Rivers Pipeline (named pipelines -> Location, as 63a's
 # Discovery pipeline system; **doubtful**: a reader may leave pipelines out as assets, or type them Service); St.
 # Louis and Missouri ('two pipelines serving St. Louis, Missouri' -> two Locations); Illinois, Indiana and Ohio
 # (states -> Locations); Susan A. Creighton (once); the Bureau of Competition (the FTC's unit -> Organization);
 # Delaware ('a Delaware corporation' -> Location); the Northeast and the Midwest ('the Northeast and Midwest regions
 # of the United States' -> two Locations, as 63a's 'Rocky Mountain region'). Not annotated: 'refined petroleum
 # products', 'gasoline, diesel fuel, and other light petroleum products' (product classes); 'the Niles terminal
 # assets', '24 petroleum products terminals', 'two pipelines serving St. Louis' (unnamed assets); '$517 million',
 # '$273 million', '309-mile', '10 years' (amounts, a length, a period)
 entities=[E("Organization", FTC, "FTC", "Commission"),
           E("Company", BUC, "Buckeye"),
           E("Company", SHL, "Shell"),
           E("Location", "Niles"),
           E("Location", "Michigan"),
           E("Location", "United States"),
           E("Location", "North Line Products System"),
           E("Location", "East Line Products System"),
           E("Location", "Two Rivers Pipeline"),
           E("Location", "St. Louis"),
           E("Location", "Missouri"),
           E("Location", "Illinois"),
           E("Location", "Indiana"),
           E("Location", "Ohio"),
           E("Person", SAC),
           E("Organization", BOC),
           E("Location", "Delaware"),
           E("Location", "Northeast"),
           E("Location", "Midwest")],
 # "Susan A. Creighton, Director of the FTC's Bureau of Competition" -> director at the Bureau of Competition, current
 # true. **Near-misses**: no officer of Buckeye or Shell is named (no company role)
 roles=[R(SAC, "director", BOC)],
 # "the FTC's Bureau of Competition" -> parentOrganization(Bureau of Competition, Federal Trade Commission) only.
 # **Near-misses**: 'its proposed $517 million acquisition of selected refined petroleum pipelines and terminals from
 # Shell Oil Company (Shell)' and 'Buckeye will acquire from Shell five refined petroleum products pipelines and 24
 # petroleum products terminals' (a purchase of assets, not of a company: GUIDELINES -> no acquired(Buckeye, Shell),
 # no parentOrganization of the pipelines -- the headline word 'acquisition' invites the wrong edge); the named
 # pipelines (facilities, Locations: no provider, no parentOrganization to Shell or Buckeye); 'Buckeye, a Delaware
 # corporation, is a partnership' (a place of incorporation: no relation type); 'the parties will be required for 10
 # years to notify the FTC' (a duty under the order: no partner between the firms and the regulator); the consent
 # agreement (a regulator's action: nothing). The subsidiary Buckeye Terminals, LLC is in the sentence the store's
 # excerpt breaks off, cut from the text, so neither entity nor relation
 relations=[L(BOC, "parentOrganization", FTC)],
 outages=[],
 # `published` None (the day of the release is not known): 'announced today' and 'approved by the Commission today'
 # are not resolved (GUIDELINES: with published null, list only absolute expressions); 'reported annual sales of $273
 # million in 2003' -> '2003' 2003. Not dates: 'for 10 years' (a period)
 dates=[D("2003", "2003")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
