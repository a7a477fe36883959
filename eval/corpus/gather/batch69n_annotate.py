#!/usr/bin/env python3
"""Gold annotations for batch 69n (session 63, gatherer lane 69n): three FTC merger texts -- the FTC's consent
agreement requiring Prince International Corp. and Ferro Corp. to divest three facilities to KPS Capital Partners, LP
as a condition of Prince's parent American Securities Partners VII, L.P. acquiring Ferro (press release of April 21,
2022); the FTC's consent order on Tractor Supply Company's acquisition of Orscheln Farm and Home LLC, with divestitures
to Bomgaars and Buchheit (press release of October 12, 2022); the FTC's proposed consent order on Intercontinental
Exchange, Inc.'s proposed acquisition of Black Knight, Inc., with Black Knight's Optimal Blue and Empower businesses
divested to Constellation Web Solutions Inc. (press release of August 31, 2023) -- written from the texts alone;
newskg was not run on them. Round notes /tmp/gather69n/NOTES.md; claims in /work/notes/gather69/CLAIMS.txt.
The split follows the fixed rule: the sorted ids dealt along test, train, dev (batch10_annotate's write_parts):
ICE / Black Knight -> test, Prince / Ferro -> train, Tractor Supply / Orscheln -> dev (as write_parts dealt them).
`published` 2022-04-21, 2022-10-12 and 2023-08-31 (from the store's same-day reports and, for ICE, from the address's
month, the reports' 'Thursday' and the parties' deadlines; see the pool notes), so relative expressions resolve against
them (GUIDELINES, Dates): 'today' in the Prince text -> 2022-04-21, in the ICE text -> 2023-08-31.
Conventions (the FTC merger texts' of batches 16e, 62m, 63g, 64m, 66a, 67v, 67ad, 68a, 68g, 68m and 69h, and the
federal lane's; looked up in GATHERING.md, GUIDELINES.md and the gather scripts): the FTC as 'Federal Trade Commission'
with the aliases 'FTC' and 'Commission' where the text writes them alone or as a modifier ('FTC approval', "the FTC's
Bureau", 'FTC concerns', 'the Commission'); "Director of the FTC's Bureau of Competition" -> director at the Bureau,
current true, the Bureau an Organization with parentOrganization the FTC (63g, 66a, 67ad, 68a, 68g, 68m, 69h); an
acquisition the FTC lets through on a consent order with divestitures, the text not saying it closed -> acquired only
(batch 16e's rule; GUIDELINES: agreed, not completed; 68m's Tronox / Cristal, 68g's Danaher / GE Biopharma); "Prince's
parent company -- American Securities Partners VII, L.P." -> parentOrganization (GUIDELINES: owned-by statements);
named businesses of a company ("Black Knight's Optimal Blue business and Empower business") -> Company with
parentOrganization to their owner (62m's 'Surface Specialties Business', GUIDELINES: "X's Y division"); divestitures of
facilities, stores, offices, a distribution center or businesses to a named buyer -> nothing (GUIDELINES: asset
purchases; 64m's and 67v's divestitures of businesses to a named buyer); rivals ('rival chain', 'competitor Ferro
Corp.') -> no partner; states, countries, towns and regions ('the Midwest and South', 63g's 'Midwest') -> Location,
regions as adjectives ('North American market') not, but 'in North America' -> Location; 'Tennessee-based',
'Missouri-based', 'Iowa-based' -> the state a Location (a seat: no relation); private-equity funds and firms
(American Securities Partners VII, L.P., KPS Capital Partners, LP) -> Company; product classes (porcelain enamel frit,
glass enamel, forehearth colorants, mortgage origination tools, farm stores), orders, agreements, amounts, durations
('10 years', 'within six months', 'weekly') -> not annotated.
usage: batch69n_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather69n/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

FTC = "Federal Trade Commission"
BOC = "Bureau of Competition"
PRI = "Prince International Corp."
FER = "Ferro Corp."
ASP = "American Securities Partners VII, L.P."
KPS = "KPS Capital Partners, LP"
HV = "Holly Vedova"
TSC = "Tractor Supply Company"
ORS = "Orscheln Farm and Home LLC"
ICE = "Intercontinental Exchange, Inc."
BKI = "Black Knight, Inc."
CWS = "Constellation Web Solutions Inc."
HL = "Henry Liu"
A = {}

# ---- Prince International Corp. / Ferro Corp., FTC press release, April 21, 2022 --------------------------------------
A["us-ftc-prince-ferro-american-securities-divest-frit-facilities-kps-2022"] = dict(
 # The Federal Trade Commission (once in full; 'FTC approval', "the FTC\u2019s Bureau of Competition": alias 'FTC';
 # 'Commission' is not written alone); Prince International Corp. ('Prince' four times: alias); Ferro Corp. (twice in
 # full; 'Prince and Ferro': alias 'Ferro'); American Securities Partners VII, L.P. ("Prince\u2019s parent company --
 # American Securities Partners VII, L.P." -> Company, a private-equity fund); North America ('in North America' in
 # the quotation -> Location; 'the North American market' is its adjective, not an alias); Holly Vedova (once); the
 # Bureau of Competition ("the FTC\u2019s Bureau of Competition" -> Organization); KPS Capital Partners, LP (once;
 # the divestiture buyer -> Company); Leesburg, Alabama, Bruges, Belgium, Cambiago, Italy (the plants' towns and their
 # state and countries -> Location each, as the corpus' 'City, State' pairs). Not annotated: porcelain enamel frit,
 # glass enamel, forehearth colorants, appliances, water heaters, cookware, glass bottles (product classes); 'the
 # newly merged company', 'the divestiture buyer' (unnamed); 'three facilities', 'a ... plant and research center'
 # (unnamed facilities); '$2.1 billion', '10 years' (an amount, a duration); the consent agreement (a regulator's act)
 entities=[E("Organization", FTC, "FTC"),
           E("Company", PRI, "Prince"),
           E("Company", FER, "Ferro"),
           E("Company", ASP),
           E("Location", "North America"),
           E("Person", HV),
           E("Organization", BOC),
           E("Company", KPS),
           E("Location", "Leesburg"),
           E("Location", "Alabama"),
           E("Location", "Bruges"),
           E("Location", "Belgium"),
           E("Location", "Cambiago"),
           E("Location", "Italy")],
 # 'said Holly Vedova, Director of the FTC\u2019s Bureau of Competition' -> director at the Bureau of Competition,
 # current true. **Near-misses**: no officer of Prince, Ferro, American Securities or KPS is named
 roles=[R(HV, "director", BOC)],
 # "Prince\u2019s parent company -- American Securities Partners VII, L.P." -> parentOrganization(Prince International
 # Corp., American Securities Partners VII, L.P.); 'as a condition of ... American Securities Partners VII, L.P. --
 # acquiring competitor Ferro Corp. for $2.1 billion' (a deal the FTC lets through on a consent agreement, not said
 # to have closed) -> acquired(American Securities Partners VII, L.P., Ferro Corp.) only (batch 16e's rule;
 # **doubtful**: the text also writes 'requiring Prince International Corp. and Ferro Corp. to divest' and 'Prince
 # and Ferro would control', so a reader may name Prince the buyer; the text names the parent as the one 'acquiring');
 # "the FTC\u2019s Bureau of Competition" -> parentOrganization(Bureau of Competition, Federal Trade Commission).
 # **Near-misses**: 'divest to KPS Capital Partners, LP three Prince facilities' (plants and a research center: asset
 # purchases -> nothing); 'competitor Ferro Corp.' (rivals: no partner); the consent agreement (a regulator's action)
 relations=[L(PRI, "parentOrganization", ASP),
            L(ASP, "acquired", FER),
            L(BOC, "parentOrganization", FTC)],
 outages=[],
 # `published` 2022-04-21: 'today' ('took action today') -> 2022-04-21. Not dates: 'for 10 years' (a duration)
 dates=[D("today", "2022-04-21")])

# ---- Tractor Supply Company / Orscheln Farm and Home LLC, FTC press release, October 12, 2022 --------------------------
A["us-ftc-tractor-supply-orscheln-consent-order-bomgaars-buchheit-2022"] = dict(
 # The Federal Trade Commission (once in full; 'FTC concerns': alias 'FTC'; 'from the Commission', 'by the
 # Commission', 'to the Commission': alias 'Commission'); Tractor Supply Company (once in full, "Tractor Supply
 # Company\u2019s acquisition"; 'Tractor Supply' eight times: alias); Orscheln Farm and Home LLC (once in full;
 # 'Orscheln' five times: alias); Tennessee ('a Tennessee-based chain' -> Location); Missouri ('Missouri-based
 # Orscheln', "Missouri distribution center", 'in Missouri and Illinois' -> Location); the Midwest and the South ('over
 # 150 stores in the Midwest and South' -> Location each, as 63g's 'Midwest' -- **doubtful**: 'South' stands with
 # 'Midwest' only, so a reader may leave both as generic regions); Bomgaars ('Bomgaars, an Iowa-based farm store
 # chain' -> Company; four times more); Iowa (Location); Buchheit ('Buchheit, another chain with farm stores' ->
 # Company; twice more); Illinois (Location). Not annotated: farm stores, small farmers, ranchers, landowners
 # (classes); 'Orscheln\u2019s corporate offices', 'Missouri distribution center' (unnamed sites); 'a compliance
 # officer', 'a monitor' (unnamed people); 'over 150 stores', '60 miles', 'within six months' (counts, a distance, a
 # duration); the consent order (a regulator's action)
 entities=[E("Organization", FTC, "FTC", "Commission"),
           E("Company", TSC, "Tractor Supply"),
           E("Company", ORS, "Orscheln"),
           E("Location", "Tennessee"),
           E("Location", "Missouri"),
           E("Location", "Midwest"),
           E("Location", "South"),
           E("Company", "Bomgaars"),
           E("Location", "Iowa"),
           E("Company", "Buchheit"),
           E("Location", "Illinois")],
 # No person is named in the kept text (Tractor Supply's chief executive Hal Lawton is only in the store's reports)
 roles=[],
 # "Tractor Supply Company\u2019s acquisition of the rival chain Orscheln Farm and Home LLC", 'proposed an acquisition
 # of Missouri-based Orscheln', and the FTC's approved consent order with divestitures (a deal the FTC lets through on
 # conditions, not said to have closed) -> acquired(Tractor Supply Company, Orscheln Farm and Home LLC) only (batch
 # 16e's rule; **doubtful**: 'approved a consent order' reads as clearance, and a reader may add
 # parentOrganization(Orscheln Farm and Home LLC, Tractor Supply Company) as if done; the text says 'proposed').
 # **Near-misses**: 'divest some Orscheln stores, as well as Orscheln\u2019s corporate offices and Missouri
 # distribution center, to Bomgaars' and 'other stores to Buchheit' (stores, offices, a distribution center: asset
 # purchases -> nothing); 'provide assistance to Bomgaars and Buchheit' (a transition duty under an order, no contract
 # between named firms stated: no partner -- **doubtful**); 'the rival chain' (rivals: no partner); the Tennessee,
 # Missouri and Iowa seats ('-based': no relation)
 relations=[L(TSC, "acquired", ORS)],
 outages=[],
 # `published` 2022-10-12; the text has no time expression with a calendar value ('within six months prior to the
 # date of the proposed acquisition', 'weekly', 'monthly' are not dates)
 dates=[])

# ---- Intercontinental Exchange, Inc. / Black Knight, Inc., FTC press release, August 31, 2023 -------------------------
A["us-ftc-ice-black-knight-proposed-consent-order-constellation-2023"] = dict(
 # The Federal Trade Commission (once in full; 'The FTC also secured', 'FTC charges', "the FTC\u2019s Bureau": alias
 # 'FTC'; "the Commission\u2019s order": alias 'Commission'); Intercontinental Exchange, Inc. ('(ICE)': alias; 'ICE'
 # three times more); Black Knight, Inc. ('Black Knight' seven times: alias); Empower and Optimal Blue ("Black
 # Knight\u2019s divestiture of Empower and Optimal Blue, two businesses", "Black Knight\u2019s Optimal Blue business
 # and Empower business" -> Company each, named businesses of Black Knight -- **doubtful**: Empower is a loan
 # origination system and Optimal Blue a pricing engine, so a reader may type them Service with provider to Black
 # Knight); Henry Liu (once); the Bureau of Competition ("the FTC\u2019s Bureau of Competition" -> Organization);
 # Constellation Web Solutions Inc. ('(Constellation)': alias; 'Constellation' twice more; the divestiture buyer ->
 # Company). Not annotated: mortgage origination tools, mortgage technology providers, mortgage-related tools and
 # software (classes); 'lenders and homebuyers' (classes); 'certain related products' (unnamed); '$13.1 billion' (an
 # amount); the proposed consent order and settlement (a regulator's action)
 entities=[E("Organization", FTC, "FTC", "Commission"),
           E("Company", ICE, "ICE"),
           E("Company", BKI, "Black Knight"),
           E("Company", "Empower"),
           E("Company", "Optimal Blue"),
           E("Person", HL),
           E("Organization", BOC),
           E("Company", CWS, "Constellation")],
 # 'said Henry Liu, Director of the FTC\u2019s Bureau of Competition' -> director at the Bureau of Competition,
 # current true. **Near-misses**: no officer of ICE, Black Knight or Constellation is named
 roles=[R(HL, "director", BOC)],
 # "Intercontinental Exchange, Inc.\u2019s (ICE) proposed $13.1 billion acquisition of Black Knight, Inc.", settled by
 # a proposed consent order (a deal the FTC lets through on conditions, not said to have closed) -> acquired(ICE,
 # Black Knight) only (batch 16e's rule); "Black Knight\u2019s Optimal Blue business and Empower business" ->
 # parentOrganization(Optimal Blue, Black Knight, Inc.) and parentOrganization(Empower, Black Knight, Inc.)
 # (GUIDELINES: "X's Y division"; 62m's named business); "the FTC\u2019s Bureau of Competition" ->
 # parentOrganization(Bureau of Competition, Federal Trade Commission). **Near-misses**: 'will be divested to
 # Constellation Web Solutions Inc.' (businesses sold to a named buyer: nothing, as 64m's and 67v's FTC divestitures
 # -- **doubtful**: the businesses are named, so a reader may write acquired(Constellation Web Solutions Inc.,
 # Optimal Blue) and the same for Empower, agreed, as 62m did for a named business bought in a main deal); "ICE\u2019s
 # deal with Black Knight, which combines the two top mortgage technology providers" (the same deal); the settlement
 # (a regulator's action)
 relations=[L(ICE, "acquired", BKI),
            L("Optimal Blue", "parentOrganization", BKI),
            L("Empower", "parentOrganization", BKI),
            L(BOC, "parentOrganization", FTC)],
 outages=[],
 # `published` 2023-08-31: 'today' ('The Federal Trade Commission today approved') -> 2023-08-31 (**doubtful**: the
 # day inferred from the address's month and the store's 'Thursday' reports, see the pool notes). Not dates:
 # 'originally' (no calendar value)
 dates=[D("today", "2023-08-31")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
