#!/usr/bin/env python3
"""Gold annotations for batch 62g (session 57, gatherer 62g): the three FTC merger press releases batch62g.py writes --
the consent order letting Barr Pharmaceutical, Inc.'s proposed acquisition of Pliva d.d go ahead on the sale of three
generic drugs and 'Pliva's branded organ preservation solution Custodial' (press release of October 20, 2006); the
FTC's approval of Novartis AG's acquisition of Eon Labs, Inc. on the sale of three generic drugs to Amide
Pharmaceutical, Inc., which Novartis 'through its Sandoz generic pharmaceuticals division' will supply (press release
of July 19, 2005); the consent order by which Lubrizol Corporation hands the oxidate assets it bought from The Lockhart
Company in 2007 to Additives International LLC (press release of February 26, 2009) -- written from the texts alone;
newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts):
Barr / Pliva -> test, Lubrizol / Lockhart -> train, Novartis / Eon -> dev (as write_parts dealt them).
Dates resolve against `published` (the releases' days as the pool's notes give them, **doubtful** there because taken
from other texts; each release's 'today' rests on them).
Conventions (the FTC merger texts' of batches 16e, 16i, 21c, 40zi, 62b and 62e, and the federal lane's; looked up in
GATHERING.md, GUIDELINES.md and the gather scripts): the FTC as 'Federal Trade Commission' with the aliases 'FTC' and
'Commission' where the text writes them; "Director of the FTC's Bureau of Competition" -> director at the Bureau,
current true, the Bureau an Organization with parentOrganization the FTC (62b's and 62e's texts); 'Acting Director' ->
director, current true (batch 53m's CFTC 'Acting Director'); a proposed acquisition the FTC lets through on
divestitures -> acquired only, no parentOrganization (batch 16e's rule; GUIDELINES: agreed, not completed); a purchase
of assets or a product line (Lubrizol's of Lockhart's oxidate assets) and the sale of divested drugs, rights or assets
to a buyer (Amide, Additives International) -> nothing (GUIDELINES: asset purchases); a supply the order requires
('Novartis ... will supply Amide') -> partner, direction as written (batch 16e's 'Endo must supply Rising'); "X's Y
division" -> parentOrganization(Y, X), a division with a brand-like name typed Company (62e's Genevac, the corpus's
CODELCO 'Andina division'); "X's branded ... Y" for a drug product -> Y a Service with provider(Y, X) (GUIDELINES: drugs
are Service; 16e's "Cephalon's wakefulness drug Provigil"); generic drug substances and product classes (trazodone,
triamterene/HCTZ, nimodipine, desipramine, orphenadrine, rifampin, oxidates) -> not annotated (16i); 'U.S.' alone ->
a Location named 'U.S.', beside 'the United States' -> its alias; laws ('the FTC Act', 'the Clayton Act'), amounts,
counts -> nothing; 'today' -> published; a year or day written out -> a date.
usage: batch62g_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather63g/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

FTC = "Federal Trade Commission"
BOC = "Bureau of Competition"
JS = "Jeffrey Schmidt"
BAR = "Barr Pharmaceutical, Inc."
PLI = "Pliva d.d"
NOV = "Novartis AG"
EON = "Eon Labs, Inc."
AMI = "Amide Pharmaceutical, Inc."
SC = "Susan Creighton"
LUB = "Lubrizol Corporation"
LOC = "The Lockhart Company"
ADI = "Additives International LLC"
DW = "David P. Wales"
A = {}

# ---- Barr Pharmaceutical, Inc. / Pliva d.d, FTC press release, published 2006-10-20 (a Friday) ---------------------
A["us-ftc-barr-pliva-consent-order-generic-drugs-custodial-divestiture-2006"] = dict(
 # The Federal Trade Commission (once in full; "The FTC's complaint", "the FTC's mission", "the FTC's Bureau": alias
 # 'FTC'; "the Commission's charges", "The Commission's action": alias 'Commission'); Barr Pharmaceutical, Inc. (once
 # in full, kept as the release writes it -- without the s of the firm's real name -- and the possessive "Inc.'s" not
 # part of the name; 'between Barr and Pliva', 'Barr is required', "Barr's generic nimodipine": alias 'Barr'); Pliva
 # d.d (once in full, kept as written without a final point; 'Barr and Pliva', "Pliva's or Barr's", "Pliva's branded":
 # alias 'Pliva'); Custodial ("Pliva's branded organ preservation solution Custodial": a named, branded product users
 # buy -> Service, as GUIDELINES types drugs); the U.S. ('U.S. consumers' twice, never 'United States': a Location
 # named 'U.S.', as the corpus's texts that write only that); Jeffrey Schmidt (once); the Bureau of Competition (the
 # FTC's unit -> Organization). Not annotated: 'generic antidepressant trazodone', 'generic blood pressure medication
 # triamterene/HCTZ', 'generic nimodipine' (generic drug substances, no brand: 16i); 'organ preservation solutions'
 # (a product class); '$2.5 billion' (an amount)
 entities=[E("Organization", FTC, "FTC", "Commission"),
           E("Company", BAR, "Barr"),
           E("Company", PLI, "Pliva"),
           E("Service", "Custodial"),
           E("Location", "U.S."),
           E("Person", JS),
           E("Organization", BOC)],
 # "Jeffrey Schmidt, Director of the FTC's Bureau of Competition" -> director at the Bureau of Competition, current
 # true (62b's and 62e's texts). **Near-misses**: none of the two firms' officers is named (no company role)
 roles=[R(JS, "director", BOC)],
 # "Barr Pharmaceutical, Inc.'s proposed acquisition of Pliva d.d for approximately $2.5 billion", which the FTC lets
 # through on the divestitures ('In settling the Commission's charges, Barr is required to sell ...') ->
 # acquired(Barr, Pliva) only (batch 16e's rule; 'proposed', 'after the proposed transaction': not completed, so no
 # parentOrganization; **doubtful** as 62e's: the release frames it as a challenge -- 'its decision to challenge' --
 # settled by consent, and the corpus gives acquired to proposed deals the FTC allows on conditions); "Pliva's branded
 # organ preservation solution Custodial" -> provider(Custodial, Pliva d.d) (GUIDELINES' provider for a named product
 # and its maker; 16e's "Cephalon's wakefulness drug Provigil"); "the FTC's Bureau of Competition" ->
 # parentOrganization(Bureau of Competition, Federal Trade Commission). **Near-misses**: 'Barr is required to divest
 # Pliva's branded organ preservation solution Custodial' and to sell trazodone and triamterene/HCTZ (divestitures with
 # no buyer named: no acquired, and no provider(Custodial, Barr) -- Barr's passing hold on Custodial through Pliva is
 # not told); 'competition between Barr and Pliva' (rivals: no partner); "either Pliva's or Barr's generic nimodipine"
 # (generic substances, no Service); the FTC's complaint and consent order (a regulator's action: nothing)
 relations=[L(BAR, "acquired", PLI),
            L("Custodial", "provider", PLI),
            L(BOC, "parentOrganization", FTC)],
 outages=[],
 # 'today announced' and "The Commission's action today" (the same text and value: one item) -> 'today' 2006-10-20
 # (`published`; **doubtful** as the day itself: see the pool's notes). Not dates: 'as originally structured', 'current
 # or future competition' (no value); '$2.5 billion' (an amount)
 dates=[D("today", "2006-10-20")])

# ---- Novartis AG / Eon Labs, Inc., FTC press release, published 2005-07-19 (a Tuesday) ------------------------------
A["us-ftc-novartis-eon-labs-consent-order-amide-sandoz-generic-drugs-2005"] = dict(
 # The Federal Trade Commission (once in full; 'a proposed consent order with the Commission', "The Commission's
 # order": alias 'Commission'; "the FTC's Bureau of Competition": alias 'FTC'); Novartis AG ("Novartis AG's
 # (Novartis)": the bracketed short name -> alias 'Novartis', the possessive not part of the name); Eon Labs, Inc.
 # ('(Eon)': alias); Amide Pharmaceutical, Inc. ('(Amide)': alias); the United States ('in the United States'; 'U.S.
 # markets', 'U.S. consumers', 'U.S. generic sales': alias 'U.S.'); Sandoz ('its Sandoz generic pharmaceuticals
 # division': a named unit -> Company, as 62e's Genevac); the Food and Drug Administration ('(FDA)': alias; a federal
 # agency -> Organization); Susan Creighton (once); the Bureau of Competition (the FTC's unit -> Organization). Not
 # annotated: 'generic desipramine hydrochloride tablets', 'orphenadrine citrate extended release (ER) tablets',
 # 'rifampin oral capsules', 'desipramide hydrochloride tablets' (the release's variant spelling), 'Desipramine
 # hydrochloride', 'Orphenadrine citrate ER', 'rifampin' (generic drug substances, no brand: 16i); 'a tricyclic
 # antidepressant', 'a muscle relaxant', 'tuberculosis' (classes, a disease); 'a well-established company' (Amide in
 # other words: no alias); '$1.72 billion', '$6 million', '$10 million', '$14 million' (amounts)
 entities=[E("Organization", FTC, "FTC", "Commission"),
           E("Company", NOV, "Novartis"),
           E("Company", EON, "Eon"),
           E("Company", AMI, "Amide"),
           E("Location", "United States", "U.S."),
           E("Company", "Sandoz"),
           E("Organization", "Food and Drug Administration", "FDA"),
           E("Person", SC),
           E("Organization", BOC)],
 # "Susan Creighton, Director of the FTC's Bureau of Competition" -> director at the Bureau of Competition, current
 # true. **Near-misses**: none of the firms' officers is named (no company role); the FDA's head is not named
 roles=[R(SC, "director", BOC)],
 # "the Federal Trade Commission today approved Novartis AG's (Novartis) $1.72 billion acquisition of Eon Labs, Inc.
 # (Eon), provided Novartis divests ..." -> acquired(Novartis AG, Eon Labs, Inc.) only (batch 16e's rule; 'within 10
 # days of Novartis's acquisition of Eon' and 'The proposed acquisition' tell it is still to close, so no
 # parentOrganization); "its Sandoz generic pharmaceuticals division" -> parentOrganization(Sandoz, Novartis AG)
 # (GUIDELINES' "X's Y division"); 'Novartis, through its Sandoz generic pharmaceuticals division, will supply Amide
 # with orphenadrine citrate ER and desipramide hydrochloride tablets' -> partner(Novartis AG, Amide Pharmaceutical,
 # Inc.) (a supply the order requires, as batch 16e's 'Endo must supply Rising'; direction as written, the sentence's
 # subject Novartis as the supplier -- **doubtful**: the supply runs 'through' Sandoz, and a reader may put
 # partner(Sandoz, Amide) instead; one edge only, not both); "the FTC's Bureau of Competition" ->
 # parentOrganization(Bureau of Competition, Federal Trade Commission). **Near-misses**: 'Novartis divests three
 # overlapping drugs to Amide', 'divest all the assets necessary to manufacture and market ... to Amide' (a purchase of
 # drug assets: no acquired(Amide, ...), GUIDELINES' asset purchases); 'will assist Amide in obtaining all necessary FDA
 # approvals' (technical help tied to the divestiture, no second relation); 'until Amide obtains Food and Drug
 # Administration (FDA) approval' (a regulator's approval: nothing); 'the competition Eon otherwise would have
 # provided' (rivals: no partner); the proposed consent order with the Commission (a regulator's action: nothing)
 relations=[L(NOV, "acquired", EON),
            L("Sandoz", "parentOrganization", NOV),
            L(NOV, "partner", AMI),
            L(BOC, "parentOrganization", FTC)],
 outages=[],
 # 'today approved' -> 'today' 2005-07-19 (`published`; **doubtful** as the day itself: see the pool's notes). Not
 # dates: 'within 10 days of Novartis's acquisition of Eon' (the acquisition's day is not told: no value); 'annual U.S.
 # generic sales' (no year); the amounts
 dates=[D("today", "2005-07-19")])

# ---- Lubrizol Corporation / The Lockhart Company, FTC press release, published 2009-02-26 (a Thursday) -------------
A["us-ftc-lubrizol-lockhart-oxidate-assets-additives-international-consent-order-2009"] = dict(
 # The Federal Trade Commission (once in full; "the FTC's charges", "the FTC's Bureau of Competition", 'the FTC Act':
 # alias 'FTC'; "The Commission's action", "the Commission's complaint": alias 'Commission'); Lubrizol Corporation
 # (once in full, the possessive "Corporation's" not part of the name; 'Lubrizol' six times: alias); The Lockhart
 # Company (once in full, kept with its capital 'The' as written -- 'rival firm The Lockhart Company'; 'Lockhart',
 # "Lockhart's", 'the Lockhart assets': alias 'Lockhart'); Additives International LLC ('(AI)': alias); the U.S. ('the
 # U.S. market', 'in the U.S.', never 'United States': a Location named 'U.S.'); David P. Wales (once); the Bureau of
 # Competition (the FTC's unit -> Organization). Not annotated: 'oxidate assets', 'Oxidates', 'chemical rust
 # inhibitors', 'rust preventives', "Lockhart's product line of chemical additives" (product classes and assets, no
 # brand); 'automobiles, steel, and heavy equipment' (goods); 'the FTC Act', 'the Clayton Act', 'the antitrust laws'
 # (laws: no entity; 'FTC' in 'the FTC Act' is the FTC's alias as written)
 entities=[E("Organization", FTC, "FTC", "Commission"),
           E("Company", LUB, "Lubrizol"),
           E("Company", LOC, "Lockhart"),
           E("Company", ADI, "AI"),
           E("Location", "U.S."),
           E("Person", DW),
           E("Organization", BOC)],
 # "David P. Wales, Acting Director of the FTC's Bureau of Competition" -> director at the Bureau of Competition,
 # current true (an acting head holds the post now: batch 53m's 'Acting Director' -> director; **doubtful** only in
 # that a reader may read 'Acting' as 'head' or 'other'). **Near-misses**: none of the three firms' officers is named
 roles=[R(DW, "director", BOC)],
 # "the FTC's Bureau of Competition" -> parentOrganization(Bureau of Competition, Federal Trade Commission).
 # **Near-misses** (the text's deals are all asset deals, so no acquired): "Lubrizol Corporation's 2007 acquisition of
 # the oxidate assets of rival firm The Lockhart Company" and 'Under an asset purchase agreement dated February 7,
 # 2007, Lubrizol bought Lockhart's product line of chemical additives' (a purchase of assets and a product line, not
 # of the company: no acquired(Lubrizol, Lockhart), no parentOrganization -- GUIDELINES' asset purchases; the words
 # 'acquisition' and 'bought' are what a reader may wrongly take); 'Lubrizol has agreed to transfer the oxidate assets
 # it acquired from Lockhart to Additives International LLC (AI)' (assets again: no acquired(AI, ...), no partner);
 # 'a non-compete provision put in place with Lockhart', 'a non-competition provision prohibiting Lockhart from
 # engaging in any business that would compete' (a restraint inside the purchase agreement, no working together: no
 # partner(Lubrizol, Lockhart)); 'rival firm' (rivals); the consent order and the complaint (a regulator's action:
 # nothing)
 relations=[L(BOC, "parentOrganization", FTC)],
 outages=[],
 # "Lubrizol Corporation's 2007 acquisition" -> '2007' 2007; 'dated February 7, 2007' -> 'February 7, 2007'
 # 2007-02-07 (a text of its own, beside '2007' inside it: two items, as GUIDELINES' 'another text' rule); 'announced
 # today' -> 'today' 2009-02-26 (`published`; **doubtful** as the day itself: see the pool's notes). Not dates: 'for
 # five years' (a span with no calendar value of its own); 'the original asset purchase agreement' (no value)
 dates=[D("2007", "2007"), D("today", "2009-02-26"), D("February 7, 2007", "2007-02-07")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
