#!/usr/bin/env python3
"""Gold annotations for batch 65r (session 59, gatherer 65r): the three FTC merger texts batch65r.py writes --
Albertson's, Inc. and American Stores Company agreeing to sell 144 supermarkets and five sites to resolve charges
over Albertson's proposed acquisition of American Stores (press release of June 22, 1999); Precision Castparts Corp.
agreeing to divest two Wyman-Gordon Company foundries to settle charges over its acquisition of Wyman-Gordon (press
release of November 1999, day unknown); the FTC's settlement with the parties to the merger of Ciba-Geigy Limited
and Sandoz Ltd., with gene therapy technology to be licensed to Rhône-Poulenc Rorer Inc. (press release of December
17, 1996) -- written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev (batch10_annotate's write_parts):
Albertson's / American Stores -> test, Ciba-Geigy / Sandoz -> train, Precision Castparts / Wyman-Gordon -> dev (as
write_parts dealt them).
Dates resolve against `published` (Albertson's day from the California Attorney General's release of the same day
and an Associated Press report, Ciba-Geigy's from two later FTC pages naming 'Dec. 17, 1996 news release');
Precision Castparts has `published` None, so only absolute expressions count and its 'In May' (no year) is left out
(GUIDELINES, Dates).
Conventions (the FTC merger texts' of batches 16e, 62b, 62e, 62g, 62m, 63a, 63g, 64a, 64g, 64m, 65a and 65g, and the
federal lane's; looked up in GATHERING.md, GUIDELINES.md and the gather scripts): the FTC as 'Federal Trade
Commission' with the aliases 'FTC' and 'Commission' where the text writes them alone; "Director of the FTC's Bureau
of Competition" -> director at the Bureau, current true, the Bureau an Organization with parentOrganization the FTC;
a proposed acquisition the FTC lets through on conditions -> acquired only (batch 16e's rule; GUIDELINES: agreed, not
completed); a 'merger of A and B' where the text does not say who buys whom -> nothing (GUIDELINES); a licence the
FTC proposes to require, from a licensor the text does not name -> no partner; divestitures of stores, sites, plants
and assets, to a named buyer or not -> nothing (GUIDELINES: asset purchases); a misspelling the text writes of a
name ('Albertston's') -> an alias, as any other surface form; cities and states -> Location, seats ('Headquartered
in', 'based in', '-based') -> no relation; a named facility (the 'Large Cast Parts foundry') -> Location (GUIDELINES:
named sites and facilities); nationality adjectives ('Swiss'), product classes (supermarkets, aerospace castings,
gene therapy products), laws, orders and agreements, offices named by their holders in the plural ('three state
Attorneys General'), unnamed courts, amounts and counts -> not annotated; 'today' -> published; 'the year 2000' ->
2000 (as the corpus writes 'the year 2000' three times).
usage: batch65r_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather66r/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

FTC = "Federal Trade Commission"
BOC = "Bureau of Competition"
ALB = "Albertson's, Inc."
AMS = "American Stores Company"
WJB = "William J. Baer"
PCC = "Precision Castparts Corp."
WGC = "Wyman-Gordon Company"
RGP = "Richard G. Parker"
LCP = "Large Cast Parts foundry"
CIBA = "Ciba-Geigy Limited"
SDZ = "Sandoz Ltd."
RPR = "Rh\u00f4ne-Poulenc Rorer Inc."
A = {}

# ---- Albertson's, Inc. / American Stores Company, FTC press release, published 1999-06-22 (a Tuesday) -------------------
A["us-ftc-albertsons-american-stores-consent-agreement-144-supermarkets-1999"] = dict(
 # Albertson's, Inc. (once in full; 'Albertson's sites', 'The agreement with Albertson's', 'Headquartered in Boise,
 # Idaho, Albertson's': alias "Albertson's"; "Albertston's proposed acquisition", "104 Albertston's supermarkets": the
 # release's own misspelling of the same firm -> alias "Albertston's" -- **doubtful**: a reader may drop a typo, but
 # it is a surface form that refers to the firm); American Stores Company (once in full; 'American Stores' alone and
 # "American Stores' supermarkets": alias); the Federal Trade Commission (once in full; 'the FTC charged', 'by the
 # FTC', "the FTC's Bureau": alias 'FTC'; 'required by the Commission', 'the Commission has ever obtained': alias
 # 'Commission'); California, Nevada and New Mexico (each twice or more -> Locations); William J. Baer (once); the
 # Bureau of Competition (the FTC's unit -> Organization); Boise and Idaho ('Headquartered in Boise, Idaho' -> two
 # Locations). Not annotated: 'three state Attorneys General' and 'The Attorneys General of California, Nevada and
 # New Mexico' (offices named in the plural by their holders, no person named -- **near-miss**: a reader may make
 # each state's Attorney General an Organization); 'federal District Courts in their respective states' (unnamed
 # courts); '25 Western, Midwestern, and Southern states' (regions as adjectives, not names); '144 supermarkets',
 # 'five supermarket sites', '57 local markets', '994 supermarkets' (counts); 'the consent agreement', 'consent
 # decrees', 'lawsuits' (documents, actions)
 entities=[E("Company", ALB, "Albertson's", "Albertston's"),
           E("Company", AMS, "American Stores"),
           E("Organization", FTC, "FTC", "Commission"),
           E("Location", "California"),
           E("Location", "Nevada"),
           E("Location", "New Mexico"),
           E("Person", WJB),
           E("Organization", BOC),
           E("Location", "Boise"),
           E("Location", "Idaho")],
 # "William J. Baer, Director of the FTC's Bureau of Competition" -> director at the Bureau of Competition, current
 # true. **Near-misses**: no officer of Albertson's or American Stores is named, and no Attorney General by name (no
 # company or state role)
 roles=[R(WJB, "director", BOC)],
 # "Albertston's proposed acquisition of American Stores" with the stores to be sold 'in order to resolve Federal
 # Trade Commission charges' -> acquired(Albertson's, Inc., American Stores Company) only (a proposed acquisition the
 # FTC lets through on conditions: batch 16e's rule; 'The proposed acquisition' -- not completed, so no
 # parentOrganization); "the FTC's Bureau of Competition" -> parentOrganization(Bureau of Competition, Federal Trade
 # Commission). **Near-misses**: the sale of 104 Albertson's and 40 American Stores supermarkets and five sites 'to
 # strong, capable acquirers' (stores and sites, buyers unnamed: nothing); 'Today's joint action by the FTC and three
 # state Attorneys General' and the Attorneys General's part in 'the investigation and consent negotiations'
 # (regulators acting together, the offices not annotated: no partner); 'the nation's fourth largest supermarket
 # chain' (a ranking); 'Headquartered in Boise, Idaho' (a seat: no relation type); the consent agreement and the
 # charges (a regulator's action: nothing)
 relations=[L(ALB, "acquired", AMS),
            L(BOC, "parentOrganization", FTC)],
 outages=[],
 # 'which was announced today', "Today's joint action", 'are today commencing lawsuits' -> 'today' 1999-06-22
 # (`published`; one item: the same text, case aside, and the same value). Not dates: 'ever', 'has ever obtained'
 # (no calendar value)
 dates=[D("today", "1999-06-22")])

# ---- Ciba-Geigy Limited / Sandoz Ltd. merger, FTC press release, published 1996-12-17 (a Tuesday) ----------------------
A["us-ftc-ciba-geigy-sandoz-merger-consent-agreement-gene-therapy-rhone-poulenc-rorer-1996"] = dict(
 # The Federal Trade Commission (once in full; 'the FTC proposed', 'the FTC said' (three times), "the FTC's Bureau":
 # alias 'FTC'; no 'Commission' written alone); Ciba-Geigy Limited (once in full; 'Ciba and Sandoz': alias 'Ciba' --
 # the paragraph with 'Ciba-Geigy' alone is cut); Sandoz Ltd. (once in full; 'Ciba and Sandoz': alias 'Sandoz');
 # Rhône-Poulenc Rorer Inc. (once in full; 'to put Rhône-Poulenc in a position': alias 'Rhône-Poulenc' -- **doubtful**
 # only in that 'Rhône-Poulenc' is also the name of Rorer's French parent, which this text never names; here it is
 # the licensee the sentence before names in full); William J. Baer (once); the Bureau of Competition (the FTC's unit
 # -> Organization). Not annotated: 'Swiss' ('the Swiss pharmaceutical giants': a nationality adjective, no place
 # named -- **near-miss**, a reader may add Switzerland, which the text does not write); 'the combined firm' (the
 # merged company, unnamed in the kept text -- **near-miss**: a reader who knows it became Novartis may add it);
 # 'gene therapy treatments', 'gene therapy products', 'gene therapy technology and patent rights' (a field of
 # medicine, product classes, unnamed rights: no Service); 'cancer', 'brain cancer' (diseases); '$63 billion' (an
 # amount); 'the parties to the ... merger', 'two firms' (labels for the two named firms: no alias)
 entities=[E("Organization", FTC, "FTC"),
           E("Company", CIBA, "Ciba"),
           E("Company", SDZ, "Sandoz"),
           E("Company", RPR, "Rh\u00f4ne-Poulenc"),
           E("Person", WJB),
           E("Organization", BOC)],
 # "William J. Baer, Director of the FTC's Bureau of Competition" -> director at the Bureau of Competition, current
 # true. **Near-misses**: no officer of Ciba-Geigy, Sandoz or Rhône-Poulenc Rorer is named (no company role)
 roles=[R(WJB, "director", BOC)],
 # "the FTC's Bureau of Competition" -> parentOrganization(Bureau of Competition, Federal Trade Commission).
 # **Near-misses**: 'the $63 billion merger of ... Ciba-Geigy Limited and Sandoz Ltd.' (a merger where the text does
 # not say who buys whom: GUIDELINES -> nothing, no acquired either way -- **doubtful**: a reader may pick one side);
 # 'the licensing of specified gene therapy technology and patent rights to Rhône-Poulenc Rorer Inc.' (a licence the
 # FTC 'proposed today to require', granted by the merging parties or the combined firm -- the text does not say
 # which firm grants it, and it is a requirement, not a deal yet: no partner(Ciba-Geigy / Sandoz, Rhône-Poulenc
 # Rorer) -- **doubtful**: GUIDELINES counts a licensing deal between two named firms as partner, and a reader may
 # give it to both merging firms); 'to put Rhône-Poulenc in a position to compete against the combined firm'
 # (rivals-to-be: no partner); 'Ciba and Sandoz are the two leading commercial developers' (rivals: no partner);
 # 'Today there are two firms racing' (the same rivalry); the settlement agreement and the order (a regulator's
 # action: nothing)
 relations=[L(BOC, "parentOrganization", FTC)],
 outages=[],
 # 'The Federal Trade Commission said today', 'the FTC proposed today', '"Today there are two firms racing' ->
 # 'today' 1996-12-17 (`published`; one item: the same text, case aside, and the same value); 'by the year 2000' ->
 # 'the year 2000' 2000. Not dates: 'future products', 'no current effective treatments' (no calendar value)
 dates=[D("today", "1996-12-17"), D("the year 2000", "2000")])

# ---- Precision Castparts Corp. / Wyman-Gordon Company, FTC press release, November 1999 (`published` None) ---------------
A["us-ftc-precision-castparts-wyman-gordon-consent-agreement-aerospace-castings-1999"] = dict(
 # Precision Castparts Corp. ('(PCC)': alias; 'PCC' alone five times); the Federal Trade Commission (once in full;
 # "the FTC's Bureau", 'the FTC complaint': alias 'FTC'; no 'Commission' written alone); Wyman-Gordon Company (once in
 # full; "Wyman-Gordon's titanium foundry", 'Massachusetts-based Wyman-Gordon', 'acquire Wyman-Gordon': alias
 # 'Wyman-Gordon'); Albany and Oregon ('in Albany, Oregon'; 'based in Portland, Oregon' the same state -> Locations);
 # the Large Cast Parts foundry ("Wyman-Gordon's Large Cast Parts foundry in Groton, Connecticut": a named facility
 # -> Location, GUIDELINES' named sites and facilities -- **doubtful**: the name is capitalised only in 'Large Cast
 # Parts', and a reader may take it for a Wyman-Gordon business line (Company, parentOrganization Wyman-Gordon) or
 # leave it out as a description; the fullest form the text gives is the name with 'foundry'); Groton and
 # Connecticut (-> Locations); Portland ('PCC, based in Portland, Oregon' -> Location); Grafton and Massachusetts
 # ('Grafton, Massachusetts-based Wyman-Gordon' -> two Locations); Richard G. Parker (once); the Bureau of
 # Competition (the FTC's unit -> Organization). Not annotated: "Wyman-Gordon's titanium foundry in Albany, Oregon"
 # (an unnamed facility: its town is the Location); 'structural castings for aerospace components', 'titanium, large
 # stainless steel and large nickel-based superalloy production assets', 'cast components for jet engine and
 # airframe applications', 'aerospace investment cast components' (product classes, assets: no Service); 'titanium',
 # 'aluminum' (metals); 'the aerospace industry' (an industry); '$721 million' (an amount); 'federal antitrust
 # laws' (laws)
 entities=[E("Company", PCC, "PCC"),
           E("Organization", FTC, "FTC"),
           E("Company", WGC, "Wyman-Gordon"),
           E("Location", "Albany"),
           E("Location", "Oregon"),
           E("Location", LCP),
           E("Location", "Groton"),
           E("Location", "Connecticut"),
           E("Location", "Portland"),
           E("Location", "Grafton"),
           E("Location", "Massachusetts"),
           E("Person", RGP),
           E("Organization", BOC)],
 # "Richard G. Parker, Director of the FTC's Bureau of Competition" -> director at the Bureau of Competition, current
 # true. **Near-misses**: no officer of PCC or Wyman-Gordon is named (no company role)
 roles=[R(RGP, "director", BOC)],
 # 'Federal Trade Commission charges that its acquisition of Wyman-Gordon Company would violate federal antitrust
 # laws' and 'In May, PCC agreed to acquire Wyman-Gordon for $721 million' -> acquired(Precision Castparts Corp.,
 # Wyman-Gordon Company) only (agreed, and the FTC lets it through on conditions: batch 16e's rule; 'would violate'
 # shows it is not done, so no parentOrganization); "the FTC's Bureau of Competition" -> parentOrganization(Bureau of
 # Competition, Federal Trade Commission). **Near-misses**: 'divest Wyman-Gordon's titanium foundry in Albany, Oregon,
 # and Wyman-Gordon's Large Cast Parts foundry' (plants to unnamed 'buyers of the divested facilities': nothing; the
 # foundries 'Wyman-Gordon's' -- a facility is a Location, to which no relation attaches); 'to provide technical and
 # other assistance to the buyers' (unnamed buyers: no partner); 'The companies are two of the world's leading
 # suppliers' (rivals, a ranking: no partner); the seats in Portland and Grafton (no relation type); the complaint
 # and the settlement (a regulator's action: nothing)
 relations=[L(PCC, "acquired", WGC),
            L(BOC, "parentOrganization", FTC)],
 outages=[],
 # No dates: `published` None, and the text's only time expression, 'In May' (the month PCC agreed to the deal, no
 # year written), cannot be resolved without it (GUIDELINES: with `published` null, only absolute expressions)
 dates=[])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
