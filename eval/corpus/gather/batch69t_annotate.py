#!/usr/bin/env python3
"""Gold annotations for batch 69t (session 63, gatherer lane 69t): three FTC merger texts -- the FTC's order requiring
Medtronic, Inc. to divest Intersect ENT, Inc.'s subsidiary Fiagon to Hemostasis, LLC as a condition of its proposed
acquisition of Intersect (press release of May 10, 2022); the FTC's consent agreement over Hikma Pharmaceuticals PLC's
acquisition of Custopharm, Inc., Custopharm's TCA assets to another subsidiary of its parent, Long Grove
Pharmaceuticals, LLC (press release of April 26, 2022); the FTC's proposed consent order with Amgen Inc. over its
acquisition of Horizon Therapeutics plc, with six states (press release of September 1, 2023) -- written from the texts
alone; newskg was not run on them. Round notes /tmp/gather69t/NOTES.md; claims in /work/notes/gather69/CLAIMS.txt.
The split follows the fixed rule: the sorted ids dealt along test, train, dev (batch10_annotate's write_parts):
Amgen / Horizon -> test, Hikma / Custopharm -> train, Medtronic / Intersect ENT -> dev (as write_parts dealt them).
`published` 2022-05-10, 2022-04-26 and 2023-09-01 (from the store's same-day reports; see the pool notes), so relative
expressions resolve against them (GUIDELINES, Dates): 'today' and 'Today' (of "Today's") in the Medtronic text ->
2022-05-10, 'today' in the Hikma text -> 2022-04-26, 'Today' in the Amgen text -> 2023-09-01.
Conventions (the FTC merger texts' of batches 16e, 62g, 62m, 63g, 64m, 66a, 67ad, 68a, 68g, 68m, 69h and 69n, and the
federal lane's; looked up in GATHERING.md, GUIDELINES.md and the gather scripts): the FTC as 'Federal Trade
Commission' with the aliases 'FTC' and 'Commission' where the text writes them alone or as a modifier ("the FTC's
order", 'FTC and state charges', 'Commission approval'); "Director of the FTC's Bureau of Competition" and 'Director of
the Bureau of Competition' -> director at the Bureau, current true, the Bureau an Organization with parentOrganization
the FTC (63g, 66a, 68a, 68g, 69h, 69n); an acquisition the FTC lets through on a consent order, the text not saying it
closed -> acquired only (batch 16e's rule; 68g's Danaher / GE Biopharma, 69n's Tractor Supply / Orscheln); "a
subsidiary of Intersect ENT, Inc.", 'its Fiagon subsidiary' -> parentOrganization (GUIDELINES: subsidiary statements);
a named drug brand of a named company ("Horizon's medications" Tepezza and Krystexxa) -> Service with provider the
company (GUIDELINES, Types: drugs are Service); a generic drug substance ('triamcinolone acetonide, or TCA') -> not
annotated (a class, no brand); 'X-based' -> Location X (a seat: no relation); 'U.S.' as a modifier -> Location 'U.S.'
(62g's, 69h's); states named ('California, Illinois, Minnesota, New York, Washington, and Wisconsin', 'Minnesota',
'NJ') and towns ('Berkeley Heights') -> Location; government bodies named ('The FDA') -> Organization; product classes
(ENT navigation systems, balloon sinus dilation products, generic injectables), orders, complaints, amounts, vote
tallies and durations ('no later than 10 days') -> not annotated.
usage: batch69t_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather69t/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

FTC = "Federal Trade Commission"
BOC = "Bureau of Competition"
HV = "Holly Vedova"
MDT = "Medtronic, Inc."
INT = "Intersect ENT, Inc."
FIA = "Fiagon"
HEM = "Hemostasis, LLC"
HIK = "Hikma Pharmaceuticals PLC"
CUS = "Custopharm, Inc."
LGP = "Long Grove Pharmaceuticals, LLC"
AMG = "Amgen Inc."
HZN = "Horizon Therapeutics plc"
HL = "Henry Liu"
A = {}

# ---- Medtronic, Inc. / Intersect ENT, Inc. (Fiagon to Hemostasis, LLC), FTC press release, May 10, 2022 --------------
A["us-ftc-medtronic-intersect-ent-proposed-order-fiagon-hemostasis-2022"] = dict(
 # The Federal Trade Commission (once in full; "The FTC's order", 'Today's action by the FTC', 'prior approval ... from
 # the FTC' is cut: alias 'FTC'; 'Commission' is not written alone); Medtronic, Inc. ('Medtronic' eight times: alias);
 # Intersect ENT, Inc. ('Intersect' twice: alias); Fiagon ('The subsidiary, Fiagon', 'its Fiagon subsidiary' -> Company,
 # a subsidiary that makes products); Hemostasis, LLC ('Hemostasis': alias); Holly Vedova (once); the Bureau of
 # Competition ('Director of the Bureau of Competition' -> Organization); the U.S. ('U.S. headquarters', 'the U.S.
 # markets' -> Location 'U.S.'); Minnesota ('headquarters in Minnesota' -> Location); California ('a California-based
 # medical device company' -> Location). Not annotated: ENT navigation systems, balloon sinus dilation products (product
 # classes, no brand); 'the complaint', 'the Proposed Order' (a regulator's action); 'patients', 'physicians' (classes)
 entities=[E("Organization", FTC, "FTC"),
           E("Company", MDT, "Medtronic"),
           E("Company", INT, "Intersect"),
           E("Company", FIA),
           E("Company", HEM, "Hemostasis"),
           E("Person", HV),
           E("Organization", BOC),
           E("Location", "U.S."),
           E("Location", "Minnesota"),
           E("Location", "California")],
 # 'said Holly Vedova, Director of the Bureau of Competition' -> director at the Bureau of Competition, current true
 # (69h's call). **Near-misses**: no officer of Medtronic, Intersect, Fiagon or Hemostasis is named
 roles=[R(HV, "director", BOC)],
 # 'Director of the Bureau of Competition' in the FTC's own release -> parentOrganization(Bureau of Competition, Federal
 # Trade Commission) (**doubtful**: the text never writes "the FTC's Bureau"; the parent read from the release, as
 # 69h's JAB text); 'a subsidiary of Intersect ENT, Inc.' / 'The subsidiary, Fiagon' / 'its Fiagon subsidiary' ->
 # parentOrganization(Fiagon, Intersect ENT, Inc.); "a condition of Medtronic's proposed acquisition" (of Intersect: 'no
 # later than 10 days after Medtronic acquires Intersect'), a deal the FTC lets through on its order -> acquired(Medtronic,
 # Inc., Intersect ENT, Inc.) only (batch 16e's rule; not yet completed); 'The subsidiary, Fiagon ... will be sold to
 # Hemostasis, LLC' and 'divest the entire Fiagon business to Hemostasis' -> acquired(Hemostasis, LLC, Fiagon) only (a
 # named subsidiary company sold under the order, agreed, not completed -- **doubtful**: a reader may hold it a
 # divestiture of a business (GUIDELINES: asset purchases -> nothing; 69n's Optimal Blue and Empower businesses to
 # Constellation), or hold an FTC-ordered sale short of an agreement). **Near-misses**: 'Medtronic is the top provider of
 # ear, nose, and throat navigation systems' and 'a dominant provider of ENT navigation systems' (product classes: no
 # Service, no provider); 'its Fiagon subsidiary is a nascent competitor' (rivals: no partner); 'headquarters in
 # Minnesota', 'California-based' (seats: no relation type); the order's prior-approval term is in the cut sentence
 relations=[L(BOC, "parentOrganization", FTC),
            L(FIA, "parentOrganization", INT),
            L(MDT, "acquired", INT),
            L(HEM, "acquired", FIA)],
 outages=[],
 # `published` 2022-05-10: 'today' ('took action today') and 'Today' (of "Today's action by the FTC") -> 2022-05-10,
 # two items (another text, the same value: GUIDELINES, Dates; the surface 'Today' without the possessive, as
 # GUIDELINES writes aliases possessive-free). Not dates: 'no later than 10 days after Medtronic acquires Intersect' (a
 # duration from an undated event)
 dates=[D("today", "2022-05-10"), D("Today", "2022-05-10")])

# ---- Hikma Pharmaceuticals PLC / Custopharm, Inc. (Long Grove Pharmaceuticals, LLC), FTC press release, April 26, 2022
A["us-ftc-hikma-custopharm-consent-agreement-tca-long-grove-2022"] = dict(
 # The Federal Trade Commission (once in full; "the FTC's Bureau", "The FTC's action": alias 'FTC'; 'seek Commission
 # approval': alias 'Commission'); Hikma Pharmaceuticals PLC ('Hikma' eight times: alias); Custopharm, Inc.
 # ('Custopharm' six times: alias); Long Grove Pharmaceuticals, LLC ('Long Grove': alias); Holly Vedova (once); the
 # Bureau of Competition ("the FTC's Bureau of Competition" -> Organization); the FDA ('The FDA recently approved' ->
 # Organization, the federal agency as written, short form only); the U.S. ('U.S. headquarters' -> Location 'U.S.');
 # Berkeley Heights and NJ ('headquarters in Berkeley Heights, NJ' -> two Locations, the state as written, as 69h's
 # 'Richmond, Va.' -- **doubtful**: a reader may take 'Berkeley Heights, NJ' as one place). Not annotated:
 # 'Custopharm's parent company' (unnamed in the kept text; the case page names Water Street Healthcare Partners);
 # triamcinolone acetonide / TCA (a generic drug substance, no brand -- **doubtful**: GUIDELINES types drugs Service, and
 # a reader may take 'Custopharm's TCA product' as a Service with provider Custopharm); 'contract manufacturers',
 # 'generic pharmaceutical competitors', 'three competitors' (unnamed); '$375 million' (an amount); the consent
 # agreement and the Complaint (a regulator's action)
 entities=[E("Organization", FTC, "FTC", "Commission"),
           E("Company", HIK, "Hikma"),
           E("Company", CUS, "Custopharm"),
           E("Company", LGP, "Long Grove"),
           E("Person", HV),
           E("Organization", BOC),
           E("Organization", "FDA"),
           E("Location", "U.S."),
           E("Location", "Berkeley Heights"),
           E("Location", "NJ")],
 # "said Holly Vedova, Director of the FTC's Bureau of Competition" -> director at the Bureau of Competition, current
 # true. **Near-misses**: no officer of Hikma, Custopharm or Long Grove is named
 roles=[R(HV, "director", BOC)],
 # "the FTC's Bureau of Competition" -> parentOrganization(Bureau of Competition, Federal Trade Commission); "a
 # condition of Hikma Pharmaceuticals PLC's $375 million acquisition of Custopharm, Inc.", a deal the FTC lets through on
 # its consent agreement -> acquired(Hikma Pharmaceuticals PLC, Custopharm, Inc.) only (batch 16e's rule; not said to
 # have closed). **Near-misses**: "Custopharm's parent company retain and transfer Custopharm's assets ... to another
 # subsidiary, Long Grove Pharmaceuticals, LLC" (the parent is unnamed in the kept text: no parentOrganization for
 # Custopharm or Long Grove -- **doubtful**: a reader may not see that the parent is nameless and tie Long Grove to
 # Custopharm; the TCA assets moved within the group: an asset transfer, nothing); 'Hikma has an injectable TCA product
 # in development' (no named product); 'it relies on contract manufacturers' (unnamed: no partner); 'U.S. headquarters
 # in Berkeley Heights, NJ' (a seat: no relation type); 'The FDA recently approved marketing of Custopharm's TCA product'
 # (a regulator's approval: nothing)
 relations=[L(BOC, "parentOrganization", FTC),
            L(HIK, "acquired", CUS)],
 outages=[],
 # `published` 2022-04-26: 'today' ('The Federal Trade Commission today required') -> 2022-04-26. Not dates: 'recently'
 # (GUIDELINES: skip), 'Historically', 'going forward', 'now' (no calendar value)
 dates=[D("today", "2022-04-26")])

# ---- Amgen Inc. / Horizon Therapeutics plc, FTC press release, September 1, 2023 -------------------------------------
A["us-ftc-amgen-horizon-therapeutics-proposed-consent-order-tepezza-krystexxa-2023"] = dict(
 # The Federal Trade Commission (once in full; 'the FTC and attorneys general', "the FTC's Bureau", 'the FTC and its
 # state partners', 'FTC and state charges': alias 'FTC'; 'Commission' is not written alone); Amgen Inc. ('Amgen' nine
 # times: alias); Horizon Therapeutics plc ('Horizon' three times: alias); the six states named ('California, Illinois,
 # Minnesota, New York, Washington, and Wisconsin' -> six Locations; their attorneys general are unnamed); Henry Liu
 # (once); the Bureau of Competition ("the FTC's Bureau of Competition" -> Organization); Tepezza and Krystexxa
 # ("Horizon's medications", "Horizon's two monopoly products" -> Service, GUIDELINES: drugs). Not annotated: thyroid
 # eye disease (TED), chronic refractory gout (CRG) (diseases); 'attorneys general from six states', 'insurance
 # companies', 'pharmacy benefit managers', 'its state partners' (unnamed); 'the related federal court' (unnamed);
 # '$27.8 billion' (an amount); the proposed consent order and the preliminary injunction action (a regulator's action)
 entities=[E("Organization", FTC, "FTC"),
           E("Company", AMG, "Amgen"),
           E("Company", HZN, "Horizon"),
           E("Location", "California"),
           E("Location", "Illinois"),
           E("Location", "Minnesota"),
           E("Location", "New York"),
           E("Location", "Washington"),
           E("Location", "Wisconsin"),
           E("Person", HL),
           E("Organization", BOC),
           E("Service", "Tepezza"),
           E("Service", "Krystexxa")],
 # "said Henry Liu, Director of the FTC's Bureau of Competition" -> director at the Bureau of Competition, current true
 # (69n's call). **Near-misses**: no officer of Amgen or Horizon is named; the attorneys general are unnamed
 roles=[R(HL, "director", BOC)],
 # "the FTC's Bureau of Competition" -> parentOrganization(Bureau of Competition, Federal Trade Commission); "Amgen's
 # $27.8 billion acquisition of Horizon Therapeutics plc", which the FTC and the six states settle on a proposed consent
 # order rather than block -> acquired(Amgen Inc., Horizon Therapeutics plc) only (batch 16e's rule; the text does not
 # say the deal closed -- **doubtful**: a reader may hold the acquisition still only proposed while the order is out for
 # comment); "Tepezza or Krystexxa, Horizon's medications", "Horizon's two monopoly products -- Tepezza and Krystexxa"
 # -> provider(Tepezza, Horizon Therapeutics plc), provider(Krystexxa, Horizon Therapeutics plc). **Near-misses**: 'the
 # FTC and attorneys general from six states' and 'the FTC and its state partners' (a joint challenge of a regulator
 # and unnamed state officers: no partner, no Organization for the states); 'bundling an Amgen product with either
 # Tepezza or Krystexxa' (no named Amgen product); 'rivals to Tepezza or Krystexxa' (unnamed); the proposed order's
 # prohibitions (a regulator's action: nothing)
 relations=[L(BOC, "parentOrganization", FTC),
            L(AMG, "acquired", HZN),
            L("Tepezza", "provider", HZN),
            L("Krystexxa", "provider", HZN)],
 outages=[],
 # `published` 2023-09-01: 'Today' (of "Today's proposed resolution") -> 2023-09-01 (the surface without the
 # possessive). Not dates: none else (no absolute time expression in the kept text)
 dates=[D("Today", "2023-09-01")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
