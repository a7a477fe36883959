#!/usr/bin/env python3
"""Gold annotations for batch 62e (session 57, gatherer 62e): the three FTC merger press releases batch62e.py writes --
the consent order letting Watson Pharmaceuticals, Inc.'s proposed acquisition of Andrx Corporation go ahead on the end
of Watson's marketing agreement with Interpham Holdings, Inc. and sales to Actavis Elizabeth, LLC and Teva (press
release of October 31, 2006); Fresenius AG, with the companies it controls, selling dialysis clinics to settle the
FTC's charges against its purchase of Renal Care Group, Inc. (press release of March 30, 2006); Thermo Electron
Corporation's proposed acquisition of Fisher Scientific International, Inc. let through on the sale of Fisher's Genevac
division (press release of October 17, 2006) -- written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts):
Fresenius / RCG -> test, Thermo / Fisher -> train, Watson / Andrx -> dev (as write_parts dealt them).
Dates resolve against `published` (the releases' days as the pool's notes give them, **doubtful** there because taken
from other texts; each release's 'today' rests on them).
Conventions (the FTC merger texts' of batches 16e, 16i, 21c, 40zi and 62b, and the federal lane's; looked up in
GATHERING.md, GUIDELINES.md and the gather scripts): the FTC as 'Federal Trade Commission' with the aliases 'FTC' and
'Commission' where the text writes them; "Director of the FTC's Bureau of Competition" (or 'of the FTC Bureau of
Competition') -> director at the Bureau, current true, the Bureau an Organization with parentOrganization the FTC
(train's Guarnera texts, 62b's SCI text); a proposed acquisition the FTC lets through on divestitures or other
conditions -> acquired only, no parentOrganization (batch 16e's rule; GUIDELINES: agreed, not completed); 'Y, a
subsidiary of X', 'X and the companies it controls, including Y', "X's Y division" -> parentOrganization(Y, X)
(GUIDELINES' "Y, a unit of X", "X's Y division"); a division named by a brand-like name -> Company (the corpus's
CODELCO 'Andina division'); an existing marketing agreement between two named firms -> partner, even where the order
ends it (GUIDELINES: relations carry no time); buyers of divested products, rights or clinics -> nothing (asset
purchases); generic drug substances and product classes (hydrocodone bitartate/ibuprofen, glipizide ER, oral
contraceptives, CVEs) -> not annotated (16i); nationality adjectives ('The German firm') -> no Location; a spelling
variant of a firm's name in the same text ('Interpham' / 'Interpharm') -> alias; a surname or short name alone ->
alias; laws, amounts, counts -> nothing; 'today' -> published; a bare year written out ('In 2005') -> a date.
usage: batch62e_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather63e/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

FTC = "Federal Trade Commission"
BOC = "Bureau of Competition"
JS = "Jeffrey Schmidt"
WAT = "Watson Pharmaceuticals, Inc."
ANX = "Andrx Corporation"
IPH = "Interpham Holdings, Inc."
AEL = "Actavis Elizabeth, LLC"
AGR = "The Actavis Group hf."
FAG = "Fresenius AG"
RCG = "Renal Care Group, Inc."
FMC = "Fresenius Medical Care AG&Co. KGaA"
FMH = "Fresenius Medical Care Holdings, Inc."
FLA = "Florence Acquisition, Inc."
THE = "Thermo Electron Corporation"
FSI = "Fisher Scientific International, Inc."
A = {}

# ---- Watson Pharmaceuticals, Inc. / Andrx Corporation, FTC press release, published 2006-10-31 (a Tuesday) ---------
A["us-ftc-watson-andrx-consent-order-generic-drugs-interpham-actavis-teva-2006"] = dict(
 # The Federal Trade Commission (once in full; 'the Commission has ensured', 'the Commission has taken': alias
 # 'Commission'; "the FTC's Bureau of Competition", 'the FTC is committed', 'the FTC complaint': alias 'FTC');
 # Watson Pharmaceuticals, Inc. (once in full, the possessive "Inc.'s" not part of the name; 'Watson and Andrx',
 # "Watson's marketing agreement": alias 'Watson'); Andrx Corporation ('Watson and Andrx', 'the Andrx right',
 # "Andrx's rights": alias 'Andrx'); Jeffrey Schmidt (once); the Bureau of Competition (the FTC's unit ->
 # Organization); Barr Laboratories and Pliva (named in Schmidt's quotation, each a drug maker -> Company; "Barr
 # Laboratories'" possessive not part of the name); Interpham Holdings, Inc. ('(Interpham)': alias; 'back to
 # Interpharm': the release spells the same firm so there -> alias too, kept as written); Actavis Elizabeth, LLC
 # (once); The Actavis Group hf. ('(Actavis)' follows the group's name: alias of the group, not of Actavis Elizabeth;
 # the name kept with its capital 'The' as written); Teva Pharmaceutical Industries, Inc. ('(Teva)': alias; the
 # release writes 'Inc.' where the firm is 'Ltd.': kept as written). Not annotated: 'generic hydrocodone
 # bitartate/ibuprofen tablets', 'generic extended release glipizide (glipizide ER) tablets', 'eleven generic oral
 # contraceptive products', '13 generic drug products' (generic drug substances and classes, no product names: 16i);
 # 'Section 7 of the Clayton Act' is cut; no place is named
 entities=[E("Organization", FTC, "FTC", "Commission"),
           E("Company", WAT, "Watson"),
           E("Company", ANX, "Andrx"),
           E("Person", JS),
           E("Organization", BOC),
           E("Company", "Barr Laboratories"),
           E("Company", "Pliva"),
           E("Company", IPH, "Interpham", "Interpharm"),
           E("Company", AEL),
           E("Company", AGR, "Actavis"),
           E("Company", "Teva Pharmaceutical Industries, Inc.", "Teva")],
 # "Jeffrey Schmidt, Director of the FTC's Bureau of Competition" -> director at the Bureau of Competition, current
 # true (62b's SCI text, train's Guarnera texts). **Near-misses**: none of the companies' officers is named
 roles=[R(JS, "director", BOC)],
 # "Watson Pharmaceuticals, Inc.'s proposed $1.9 billion acquisition of Andrx Corporation", which the FTC allows 'to
 # proceed' on the order's terms -> acquired(Watson, Andrx) only (batch 16e's rule: a proposed acquisition let through
 # on conditions; 'would have led' and 'In allowing the deal to proceed' tell no completion, so no parentOrganization);
 # "Barr Laboratories' proposed acquisition of Pliva", the subject of the consent order Schmidt names -> acquired(Barr
 # Laboratories, Pliva) by the same rule (**doubtful**: told only in passing, inside a quotation, as the matter the
 # order resolved; a reader may leave it out); "Actavis Elizabeth, LLC, a subsidiary of The Actavis Group hf." ->
 # parentOrganization(Actavis Elizabeth, LLC, The Actavis Group hf.); "Watson's marketing agreement with Interpham
 # Holdings, Inc." -> partner(Watson, Interpham) (a marketing contract between two named firms, direction as written;
 # **doubtful**: the order ends it -- GUIDELINES' relations carry no time, so a contract the text states is recorded);
 # "the FTC's Bureau of Competition" -> parentOrganization(Bureau of Competition, Federal Trade Commission).
 # **Near-misses**: Andrx's glipizide ER rights divested 'to Actavis Elizabeth, LLC' and 'Andrx's rights and assets
 # ... to Teva' (rights and assets of products: asset purchases, no acquired and no partner); 'return all rights and
 # agreements ... back to Interpharm' (the same contract unwound: no further relation); the consent order with Watson
 # and Andrx and 'the FTC complaint' (a regulator's action: nothing); Teva's and Actavis's real-world parent
 # companies (not in the text)
 relations=[L(WAT, "acquired", ANX),
            L("Barr Laboratories", "acquired", "Pliva"),
            L(AEL, "parentOrganization", AGR),
            L(WAT, "partner", IPH),
            L(BOC, "parentOrganization", FTC)],
 outages=[],
 # 'today announced' -> 'today' 2006-10-31 (`published`; **doubtful** as the day itself: see the pool's notes). Not
 # dates: 'For the second time in a week' (a count of actions, no calendar value); '$1.9 billion', '13 generic drug
 # products', 'eleven' (an amount and counts)
 dates=[D("today", "2006-10-31")])

# ---- Fresenius AG / Renal Care Group, Inc., FTC press release, published 2006-03-30 (a Thursday) -------------------
A["us-ftc-fresenius-renal-care-group-consent-agreement-dialysis-clinics-2006"] = dict(
 # Fresenius AG (twice in full; "Fresenius' purchase", 'Fresenius will be', 'Fresenius had revenues': alias
 # 'Fresenius' -- the firm the text calls so, not the Fresenius Medical Care companies); the Federal Trade Commission
 # (once in full; 'the FTC Bureau of Competition': alias 'FTC'; 'announced by the Commission today': alias
 # 'Commission'); Renal Care Group, Inc. (once in full; 'RCG' three times, never set in brackets but plainly the same
 # firm: alias); the United States (twice; no 'U.S.' here); Jeffrey Schmidt (once); the Bureau of Competition ('the
 # FTC Bureau of Competition': the FTC's unit -> Organization); Fresenius Medical Care AG&Co. KGaA, Fresenius Medical
 # Care Holdings, Inc. and Florence Acquisition, Inc. (the companies Fresenius AG controls, each named once ->
 # Company; names kept as written, 'AG&Co.' without spaces); Nashville and Tennessee ('based in Nashville, Tennessee':
 # each a Location). Not annotated: 'The German firm' (an adjective: no Location, GATHERING.md); 'rival dialysis
 # provider' (RCG in other words); '91 outpatient kidney dialysis clinics', '1,155 outpatient dialysis clinics',
 # '450 clinics' (unnamed outlets and counts); 'federal antitrust laws' (laws)
 entities=[E("Company", FAG, "Fresenius"),
           E("Organization", FTC, "FTC", "Commission"),
           E("Company", RCG, "RCG"),
           E("Location", "United States"),
           E("Person", JS),
           E("Organization", BOC),
           E("Company", FMC),
           E("Company", FMH),
           E("Company", FLA),
           E("Location", "Nashville"),
           E("Location", "Tennessee")],
 # "Jeffrey Schmidt, Director of the FTC Bureau of Competition" -> director at the Bureau of Competition, current
 # true. **Near-misses**: none of the firms' officers is named (no company role)
 roles=[R(JS, "director", BOC)],
 # "Fresenius' purchase of rival dialysis provider Renal Care Group, Inc." and 'Fresenius AG, and the companies it
 # controls, ... proposed to acquire RCG', a deal the FTC settles on divestitures ('When the deal is finalized': not
 # done) -> acquired(Fresenius AG, Renal Care Group, Inc.) only (batch 16e's rule; the buyer is Fresenius AG, the
 # sentence's subject -- the controlled companies join it in the proposal but the text names Fresenius as the
 # purchaser, so no acquired from each of them); 'Fresenius AG, and the companies it controls, including Fresenius
 # Medical Care AG&Co. KGaA; Fresenius Medical Care Holdings, Inc.; and Florence Acquisition, Inc.' ->
 # parentOrganization of each to Fresenius AG (control of a named company stated: GUIDELINES' owned-by statements;
 # the chain among the three is not told, so each goes to Fresenius AG as written; **doubtful** for a reader who
 # knows the real chain); 'the FTC Bureau of Competition' -> parentOrganization(Bureau of Competition, Federal Trade
 # Commission). **Near-misses**: 'Fresenius AG will sell 91 outpatient kidney dialysis clinics and financial
 # interests in 12 more' (divestitures, no buyer named: nothing); 'the largest provider of outpatient dialysis
 # services', 'the third-largest provider' (rankings, no Service named: no provider relation); the consent agreement
 # with the FTC (a regulator's action: nothing)
 relations=[L(FAG, "acquired", RCG),
            L(FMC, "parentOrganization", FAG),
            L(FMH, "parentOrganization", FAG),
            L(FLA, "parentOrganization", FAG),
            L(BOC, "parentOrganization", FTC)],
 outages=[],
 # 'announced by the Commission today' -> 'today' 2006-03-30 (`published`; **doubtful** as the day itself: see the
 # pool's notes); 'In 2005' (twice, the same text and value: one item) -> '2005' 2005. Not dates: 'When the deal is
 # finalized' (no value); the amounts and counts
 dates=[D("today", "2006-03-30"), D("2005", "2005")])

# ---- Thermo Electron Corporation / Fisher Scientific International, Inc., FTC press release, published 2006-10-17 ---
A["us-ftc-thermo-electron-fisher-scientific-genevac-divestiture-2006"] = dict(
 # The Federal Trade Commission (once in full; "the Commission's charges", "The Commission's action": alias
 # 'Commission'; "the FTC's Bureau of Competition": alias 'FTC'); Thermo Electron Corporation (once in full, the
 # possessive not part of the name; 'Thermo and Fisher', 'Thermo is required': alias 'Thermo'); Fisher Scientific
 # International, Inc. (once in full; 'Thermo and Fisher', "Fisher's Genevac division", "Fisher's entire CVE
 # business": alias 'Fisher'); the United States ('in the United States'; 'the U.S. market', 'the U.S. healthcare
 # industry': alias 'U.S.'); Genevac ("Fisher's Genevac division": a named business unit -> Company, as the corpus's
 # CODELCO 'Andina division'); Jeffrey Schmidt (once); the Bureau of Competition (the FTC's unit -> Organization).
 # Not annotated: 'high-performance centrifugal vacuum evaporators (CVEs)' (a product class, no product or brand
 # named: no Service); "Fisher's entire CVE business" (Genevac again in other words); 'the antitrust laws' (laws);
 # 'scientists' (generic)
 entities=[E("Organization", FTC, "FTC", "Commission"),
           E("Company", THE, "Thermo"),
           E("Company", FSI, "Fisher"),
           E("Location", "United States", "U.S."),
           E("Company", "Genevac"),
           E("Person", JS),
           E("Organization", BOC)],
 # "Jeffrey Schmidt, Director of the FTC's Bureau of Competition" -> director at the Bureau of Competition, current
 # true. **Near-misses**: none of the companies' officers is named (no company role)
 roles=[R(JS, "director", BOC)],
 # "Thermo Electron Corporation's proposed $12.8 billion acquisition of Fisher Scientific International, Inc.", which
 # the consent agreement lets through on Genevac's sale -> acquired(Thermo Electron Corporation, Fisher Scientific
 # International, Inc.) only (batch 16e's rule; the release tells no completion, so no parentOrganization;
 # **doubtful** as 62b's: the text says 'proposed' and 'charged' -- the corpus gives acquired to proposed
 # acquisitions the FTC allows on conditions); "Fisher's Genevac division" -> parentOrganization(Genevac, Fisher
 # Scientific International, Inc.) (GUIDELINES' "X's Y division"); "the FTC's Bureau of Competition" ->
 # parentOrganization(Bureau of Competition, Federal Trade Commission). **Near-misses**: 'Thermo is required to divest
 # Fisher's Genevac division' (a divestiture with no buyer named: no acquired; Thermo's passing ownership of Genevac
 # through Fisher is not told: no parentOrganization(Genevac, Thermo)); 'Thermo and Fisher are the only two
 # significant suppliers of high-performance CVEs' (rivals: no partner); 'competition that exists between them'
 # (rivals); the Commission's charges and the consent agreement (a regulator's action: nothing)
 relations=[L(THE, "acquired", FSI),
            L("Genevac", "parentOrganization", FSI),
            L(BOC, "parentOrganization", FTC)],
 outages=[],
 # 'today charged' and "The Commission's action today" (the same text and value: one item) -> 'today' 2006-10-17
 # (`published`; **doubtful** as the day itself: see the pool's notes). Not dates: 'within five months of the date the
 # consent agreement was signed' (the signing day is not told: no value); '$12.8 billion' (an amount)
 dates=[D("today", "2006-10-17")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
