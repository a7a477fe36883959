#!/usr/bin/env python3
"""Gold annotations for batch 68a (session 62, gatherer lane 68a): the three FTC merger texts batch68a.py writes -- the
FTC's final approval of its consent agreement with Ceridian Corporation and its subsidiary Comdata Holdings Corporation
over Ceridian's consummated acquisitions of NTS Corporation and Trendar Corporation (press release of April 6, 2000);
the FTC's consent order allowing the purchase of Polyfibron Technologies, Inc. by MacDermid, Inc., with BASF's and
Asahi's distribution agreements (press release of December 1999, day unknown); the FTC's proposed settlement over Roche
Holding Ltd.'s proposed acquisition of Corange Limited (press release of February 1998, day unknown) -- written from
the texts alone; newskg was not run on them. Round notes /tmp/gather69a/NOTES.md; claims in
/work/notes/gather69/CLAIMS.txt.
The split follows the fixed rule: the sorted ids dealt along test, train, dev (batch10_annotate's write_parts):
Ceridian / Comdata -> test, MacDermid / Polyfibron -> train, Roche / Corange -> dev (as write_parts dealt them).
Ceridian / Comdata has `published` 2000-04-06 (its one time expression, 'In September 1999', is absolute); MacDermid /
Polyfibron and Roche / Corange have `published` None (no day in the stored texts or in the store), so only absolute
time expressions are dates (GUIDELINES, Dates): they have none ('today' in the Roche text is not resolved).
Conventions (the FTC merger texts' of batches 16e, 16i, 62m, 63a, 63g, 64a, 64g, 64m, 65a, 65r, 66a, 67a, 67g, 67l,
67r, 67v and 67ad, and the federal lane's; looked up in GATHERING.md, GUIDELINES.md and the gather scripts): the FTC as
'Federal Trade Commission' with the aliases 'FTC' and 'Commission' where the text writes them alone or as a modifier
("the FTC's Bureau", 'Director of FTC's Bureau', 'the FTC order', 'FTC-approved buyers', 'final Commission approval'),
not from inside a law's name ('the FTC Act'); "Director of the FTC's Bureau of Competition" and 'Director of FTC's
Bureau of Competition' -> director at the Bureau, current true, the Bureau an Organization with parentOrganization the
FTC (63g, 66a, 67ad); an agreed or proposed acquisition the FTC lets through on conditions -> acquired only (batch 16e's
rule, as 67ad's RHI -> Global; MacDermid -> Polyfibron, Roche -> Corange); consummated acquisitions ('Ceridian's
consummated acquisitions of NTS Corporation and Trendar Corporation', 'At the time they were acquired') -> acquired AND
parentOrganization (GUIDELINES: completed acquisitions, the text not saying the targets were merged away); 'X and its
subsidiary Y' -> parentOrganization(Y, X); exclusive distribution agreements between named companies -> partner, as
written (GUIDELINES: supply/customer contracts); a named system users run their transactions on ('the Trendar system')
-> Service with provider to the company the text says owns or controls it; rivals ('Comdata's most significant
competitor', 'the two main companies', 'the two leading suppliers') -> no partner; divestitures of businesses or
assets to unnamed buyers -> nothing; countries and cities named ('the United States', 'Switzerland', 'Basel',
'Bermuda', 'Hamilton') and 'U.S.' as a modifier -> Location (the FTC lane's 'U.S. market' files), 'North American' and
'Canadian' as adjectives not; product classes, orders, complaints, licences, file numbers, laws, amounts, shares and
durations ('For three years', '10-year') -> not annotated.
usage: batch68a_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather69a/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

FTC = "Federal Trade Commission"
BOC = "Bureau of Competition"
CER = "Ceridian Corporation"
COM = "Comdata Holdings Corporation"
NTS = "NTS Corporation"
TRC = "Trendar Corporation"
TRS = "Trendar system"
MAC = "MacDermid, Inc."
PFT = "Polyfibron Technologies, Inc."
RP = "Richard Parker"
ROC = "Roche Holding Ltd."
COR = "Corange Limited"
WJB = "William J. Baer"
A = {}

# ---- Ceridian Corporation / Comdata Holdings Corporation, FTC press release, April 6, 2000 -----------------------------
A["us-ftc-ceridian-comdata-final-consent-order-nts-trendar-fleet-cards-2000"] = dict(
 # The Federal Trade Commission (once in full; "the Commission's complaint", 'the Commission provisionally accepted',
 # 'finalized by the Commission', 'approved by the Commission': alias 'Commission'; 'Under the FTC order': alias 'FTC',
 # not from 'the FTC Act'); Ceridian Corporation ("Ceridian's consummated acquisitions": alias 'Ceridian'); Comdata
 # Holdings Corporation ('its subsidiary Comdata Holdings Corporation'; 'Comdata' seven times: alias); NTS Corporation
 # (alias 'NTS'); Trendar Corporation (alias 'Trendar': 'Trendar owned the dominant ... system', "Ceridian's
 # acquisitions of NTS and Trendar"); the Trendar system ('licenses to the Trendar system', 'process transactions on
 # the Trendar system', 'the current and future features of the Trendar system' -> Service: the named fuel purchase
 # desk automation system truck stops use to process fleet card transactions -- **doubtful**: a reader may leave it
 # out as a product class named after its maker); the United States ('throughout the United States' -> Location). Not
 # annotated: 'trucking fleet-cards', 'fleet card(s)', "Comdata's fleet cards" (a product class, no brand named);
 # 'commercial credit cards' (a class); 'a third-party developer approved by the Commission', 'new and existing fleet
 # card issuers', 'system suppliers', 'the first three new system providers' (unnamed); 'the nation's largest provider'
 # (generic); 'truck stops' (a class); the Clayton Act and the FTC Act (laws); 'the FTC order', the consent agreement,
 # the complaint and the licences (a regulator's action)
 entities=[E("Organization", FTC, "Commission", "FTC"),
           E("Company", CER, "Ceridian"),
           E("Company", COM, "Comdata"),
           E("Company", NTS, "NTS"),
           E("Company", TRC, "Trendar"),
           E("Service", TRS),
           E("Location", "United States")],
 # No person is named in the kept text (no FTC official, no officer of Ceridian, Comdata, NTS or Trendar)
 roles=[],
 # 'Ceridian Corporation and its subsidiary Comdata Holdings Corporation' -> parentOrganization(Comdata Holdings
 # Corporation, Ceridian Corporation); "Ceridian's consummated acquisitions of NTS Corporation and Trendar Corporation"
 # and 'At the time they were acquired' -> acquired(Ceridian, NTS) and acquired(Ceridian, Trendar), each with
 # parentOrganization(target, Ceridian) (completed acquisitions; the text does not say either was merged away --
 # **doubtful**: the text says only that Ceridian acquired them, not that they now stand as Ceridian units; a reader
 # may give acquired only, or tie them to Comdata, through which the FTC's own order says the deals were made -- the
 # kept text does not); 'Trendar owned the dominant fuel purchase desk automation system' (the Trendar system) ->
 # provider(Trendar system, Trendar Corporation); 'Comdata is required to grant 10-year licenses to the Trendar
 # system', 'to grant equal access to the current and future features of the Trendar system' (Comdata controls and
 # licenses it) -> provider(Trendar system, Comdata Holdings Corporation) (**doubtful**: a reader may give only one of
 # the two providers). **Near-misses**: 'NTS was Comdata's most significant competitor' (rivals: no partner); the
 # licences Comdata must grant to unnamed fleet card issuers and system suppliers (no named party: no partner); the
 # FTC's consent agreement, complaint and order (a regulator's action: nothing)
 relations=[L(COM, "parentOrganization", CER),
            L(CER, "acquired", NTS),
            L(NTS, "parentOrganization", CER),
            L(CER, "acquired", TRC),
            L(TRC, "parentOrganization", CER),
            L(TRS, "provider", TRC),
            L(TRS, "provider", COM)],
 outages=[],
 # `published` 2000-04-06: 'In September 1999' -> 'September 1999' 1999-09. Not dates: 'For three years' (twice) and
 # '10-year' (durations), 'At the time they were acquired' (no calendar value), 'currently', 'current and future'
 dates=[D("September 1999", "1999-09")])

# ---- MacDermid, Inc. / Polyfibron Technologies, Inc., FTC press release, December 1999 (`published` None) -------------
A["us-ftc-macdermid-polyfibron-consent-order-photopolymers-basf-asahi-1999"] = dict(
 # The Federal Trade Commission (once in full; 'subject to final Commission approval': alias 'Commission'; 'Director
 # of FTC's Bureau of Competition': alias 'FTC'); Polyfibron Technologies, Inc. (alias 'Polyfibron', also in
 # "Polyfibron's liquid photopolymer business"); MacDermid, Inc. (alias 'MacDermid'); Richard Parker (once, as the
 # release writes him); the Bureau of Competition ("FTC's Bureau of Competition" -> Organization); BASF and Asahi ('two
 # major worldwide producers of sheet photopolymers' -> Company, named as written). Not annotated: 'North American'
 # ('the North American market': an adjective, as 67ad's RHI text); 'other companies', 'other photopolymer
 # manufacturers' (unnamed); 'the Order to Maintain Assets' (an order); liquid photopolymers, sheet photopolymers,
 # flexographic printing plates, pet food bags, corrugated cardboard containers and display stands (product classes);
 # 'supermarkets' (a class)
 entities=[E("Organization", FTC, "Commission", "FTC"),
           E("Company", PFT, "Polyfibron"),
           E("Company", MAC, "MacDermid"),
           E("Person", RP),
           E("Organization", BOC),
           E("Company", "BASF"),
           E("Company", "Asahi")],
 # "said Richard Parker, Director of FTC's Bureau of Competition" -> director at the Bureau of Competition, current
 # true. **Near-misses**: no officer of MacDermid, Polyfibron, BASF or Asahi is named
 roles=[R(RP, "director", BOC)],
 # 'a consent order ... that would allow the purchase of Polyfibron Technologies, Inc. by MacDermid, Inc.' ->
 # acquired(MacDermid, Inc., Polyfibron Technologies, Inc.) (an agreed purchase the FTC lets through on conditions:
 # batch 16e's rule, as 67ad's RHI -> Global; not yet completed, so no parentOrganization -- **doubtful**: a reader
 # may hold 'would allow the purchase' short of a stated agreement); "FTC's Bureau of Competition" ->
 # parentOrganization(Bureau of Competition, Federal Trade Commission); 'freeing BASF and Asahi, two major worldwide
 # producers of sheet photopolymers currently tied by exclusive distribution agreements to Polyfibron and MacDermid'
 # (with the first paragraph's 'their respective agreements to distribute photopolymers manufactured by other
 # companies') -> partner(BASF, Polyfibron Technologies, Inc.) and partner(Asahi, MacDermid, Inc.), direction as
 # written, the pairs read in the order the sentence lists them (**doubtful**: the text has no 'respectively'; a reader
 # may pair all four, or none, or read the agreements the order ends as past -- relations carry no time).
 # **Near-misses**: 'MacDermid and Polyfibron would be required to divest Polyfibron's liquid photopolymer business'
 # (a divestiture to an unnamed buyer: nothing); 'the two main companies involved in the production and sale of liquid
 # photopolymers' (rivals: no partner); the agreements with 'other photopolymer manufacturers' the order forbids
 # (unnamed, not made); the consent order and the Order to Maintain Assets (a regulator's action: nothing)
 relations=[L(MAC, "acquired", PFT),
            L(BOC, "parentOrganization", FTC),
            L("BASF", "partner", PFT),
            L("Asahi", "partner", MAC)],
 outages=[],
 # `published` None (the release's day is not known): the kept text holds no time expression -> no dates. Not dates:
 # 'every day', 'in the future', 'currently' (no calendar value)
 dates=[])

# ---- Roche Holding Ltd. / Corange Limited, FTC press release, February 1998 (`published` None) -----------------------
A["us-ftc-roche-corange-proposed-settlement-thrombolytics-dat-reagents-1998"] = dict(
 # The Federal Trade Commission (once in full, 'A proposed settlement of Federal Trade Commission antitrust concerns';
 # 'The FTC alleged', 'FTC-approved buyers', "the FTC's Bureau": alias 'FTC'; 'Commission' is not written alone);
 # Roche Holding Ltd. ("Roche Holding Ltd.'s (Roche)": alias 'Roche'); Corange Limited ('(Corange)': alias; also
 # "Corange\u2019s U.S. and Canadian ... businesses", "Corange's worldwide DAT reagent business"); William J. Baer
 # (once); the Bureau of Competition ("the FTC's Bureau of Competition" -> Organization); U.S. ('the U.S. markets',
 # "Corange\u2019s U.S. and Canadian ... businesses" -> Location, the FTC lane's 'U.S. market' modifier -- **doubtful**:
 # a reader may hold the modifier no place mention); Basel, Switzerland, Hamilton and Bermuda ('Roche is headquartered
 # in Basel, Switzerland, and Corange is based in Hamilton, Bermuda.' -> four Locations). Not annotated: 'Canadian' (an
 # adjective); 'FTC-approved buyers', 'interim trustees', 'the acquirers' (unnamed); 'drugs of abuse testing (DAT)
 # reagents' and 'DAT' (a product class and its abbreviation, not a brand); cardiac thrombolytic agents (a class);
 # '$11 billion' (an amount)
 entities=[E("Organization", FTC, "FTC"),
           E("Company", ROC, "Roche"),
           E("Company", COR, "Corange"),
           E("Location", "U.S."),
           E("Person", WJB),
           E("Organization", BOC),
           E("Location", "Basel"),
           E("Location", "Switzerland"),
           E("Location", "Hamilton"),
           E("Location", "Bermuda")],
 # "said William J. Baer, Director of the FTC's Bureau of Competition" -> director at the Bureau of Competition, current
 # true. **Near-misses**: no officer of Roche or Corange is named
 roles=[R(WJB, "director", BOC)],
 # "Roche Holding Ltd.'s (Roche) proposed acquisition of Corange Limited" with 'The proposed settlement, while
 # permitting the acquisition' -> acquired(Roche Holding Ltd., Corange Limited) (an agreed acquisition the FTC lets
 # through on conditions: batch 16e's rule, as 67ad's RHI -> Global; not yet completed, so no parentOrganization --
 # **doubtful**: the text says 'proposed', and a reader may hold it short of agreed); "the FTC's Bureau of
 # Competition" -> parentOrganization(Bureau of Competition, Federal Trade Commission). **Near-misses**: the
 # divestiture of "Corange's U.S. and Canadian cardiac thrombolytic agent businesses and Corange's worldwide DAT reagent
 # business to FTC-approved buyers" (businesses to unnamed buyers: nothing); 'the two leading suppliers' and 'two of
 # only four manufacturers' (rivals: no partner); 'Roche is headquartered in Basel, Switzerland' and 'Corange is based
 # in Hamilton, Bermuda' (seats: no relation type); the proposed settlement and the trustees (a regulator's action:
 # nothing)
 relations=[L(ROC, "acquired", COR),
            L(BOC, "parentOrganization", FTC)],
 outages=[],
 # `published` None (the release's day is not known): 'The settlement we have announced today' is not resolved, and the
 # kept text holds no absolute time expression -> no dates. Not dates: 'the onset of a heart attack' (no calendar value)
 dates=[])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
