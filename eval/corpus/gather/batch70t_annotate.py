#!/usr/bin/env python3
"""Gold annotations for batch 70t (session 64, gatherer lane 70t): three FTC merger texts -- the FTC's conditional
approval of Itron, Inc.'s acquisition of Schlumberger Electricity, Inc., Itron to license its mobile RF AMR technology
to Hunt Technologies, Inc. (press release of June 2004, day unknown; Susan Creighton, Director of the FTC's Bureau of
Competition); the FTC asking a federal district court to block MEDIQ Incorporated's acquisition of Universal Hospital
Services (UHS) (press release of August 22, 1997); Johnson & Johnson's agreement to divest a neurological shunt
business to settle FTC charges over its acquisition of Cordis Corporation (press release of December 1995, day unknown;
its subsidiary Johnson & Johnson Professional, Inc.; William J Baer, Director of the FTC's Bureau of Competition) --
written from the texts alone; newskg was not run on them. Round notes /tmp/gather70t/NOTES.md; claims in
/work/notes/gather70/CLAIMS.txt.
The split follows the fixed rule: the sorted ids dealt along test, train, dev (batch10_annotate's write_parts):
Itron / Schlumberger Electricity -> test, Johnson & Johnson / Cordis -> train, MEDIQ / UHS -> dev.
`published` 1997-08-22 for the MEDIQ text (the address's 'announced actions august 22 1997' with the release's
'today'; see the pool notes), so 'today' and 'On July 29' resolve against it (GUIDELINES, Dates); `published` None for
the Itron and Johnson & Johnson texts, so only absolute expressions are listed ('July 2003'; none in the Johnson &
Johnson text).
Conventions (the FTC merger texts' of batches 16e, 62g, 62m, 63g, 64m, 66a, 67ad, 68a, 68g, 68m, 69h, 69m, 69n, 69t,
69z, 69ae, 70a, 70h and 70n, and the federal lane's): the FTC as 'Federal Trade Commission' with the aliases 'FTC' and
'Commission' where the text writes them alone or as a modifier ("the FTC's Bureau of Competition", 'the FTC
complaint'); 'X, Director of the FTC's Bureau of Competition' -> director at the Bureau, current true, the Bureau an
Organization with parentOrganization the FTC (63g, 66a, 68a, 68g, 69h, 69n, 69t, 69ae, 70a, 70n); an acquisition the
FTC conditionally approves or lets proceed under a settlement, not said to have closed -> acquired only (16e's rule;
70a's Nortek / NuTone, 70h's Autodesk / Softdesk, 70n); a deal the FTC asks a court to block -> nothing (GUIDELINES:
blocked deals; 69m's Conso / McCall); 'Its wholly owned subsidiary, Y' -> parentOrganization; a licence an order
requires the acquirer to grant to a named company -> partner, direction as written (45h's GE -> TransCanada Turbines,
42k, 44a); a divestiture of a business or assets -> nothing (GUIDELINES: asset purchases); a court named in full -> an
Organization; 'X, based in / headquartered in Y' and 'Y-based X' -> Location Y (a seat: no relation); states, cities
and the country named -> Location ('U.S.' an alias of 'United States' where both are written, as train's Conso /
McCall); orders, complaints, motions, amounts, market shares, product classes (mobile RF AMR systems, neurological
shunts, movable medical equipment) and durations -> not annotated.
usage: batch70t_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather70t/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

FTC = "Federal Trade Commission"
BOC = "Bureau of Competition"
ITR = "Itron, Inc."
SCH = "Schlumberger Electricity, Inc."
HUN = "Hunt Technologies, Inc."
SC = "Susan Creighton"
MED = "MEDIQ Incorporated"
UHS = "Universal Hospital Services"
CRT = "U.S. District Court for the District of Columbia"
JJ = "Johnson & Johnson"
JJP = "Johnson & Johnson Professional, Inc."
COR = "Cordis Corporation"
WB = "William J Baer"
FDA = "Food and Drug Administration"
A = {}

# ---- Itron, Inc. / Schlumberger Electricity, Inc. (license to Hunt Technologies), FTC press release, June 2004 -------
A["us-ftc-itron-schlumberger-electricity-consent-order-hunt-technologies-license-2004"] = dict(
 # The Federal Trade Commission (once in full; "the FTC's Bureau of Competition": alias 'FTC'; 'Commission' is not
 # written alone); Itron, Inc. ("Itron, Inc.'s (Itron)", then 'Itron' alone, "Itron's": alias); Schlumberger
 # Electricity, Inc. ('(Schlumberger)': alias); Hunt Technologies, Inc. ('(Hunt)', 'to Hunt': alias); Susan Creighton
 # (once); the Bureau of Competition (Organization); Spokane, Washington ('headquartered in': Locations; Washington the
 # state); the United States ('in the United States'; 'the U.S. market' twice: alias 'U.S.'). Not annotated: mobile
 # radio frequency (RF) automatic meter reading (AMR) technologies and systems, endpoints, electric utilities (product
 # classes and customers, none named); the proposed consent order
 entities=[E("Organization", FTC, "FTC"),
           E("Company", ITR, "Itron"),
           E("Company", SCH, "Schlumberger"),
           E("Company", HUN, "Hunt"),
           E("Person", SC),
           E("Organization", BOC),
           E("Location", "Spokane"),
           E("Location", "Washington"),
           E("Location", "United States", "U.S.")],
 # 'said Susan Creighton, Director of the FTC's Bureau of Competition' -> director at the Bureau of Competition,
 # current true (70n's GenCorp call). **Near-misses**: no officer of Itron, Schlumberger or Hunt is named
 roles=[R(SC, "director", BOC)],
 # 'the Federal Trade Commission today conditionally approved Itron, Inc.'s (Itron) $255 million acquisition of
 # Schlumberger Electricity, Inc. (Schlumberger), which the companies announced in July 2003' -> acquired(Itron, Inc.,
 # Schlumberger Electricity, Inc.) only: approved under a proposed consent order, not said to have closed (16e's
 # rule); 'Itron is required to grant a royalty-free, perpetual, and irrevocable license to Hunt Technologies, Inc.
 # (Hunt) for Itron's mobile RF AMR technology' -> partner(Itron, Inc., Hunt Technologies, Inc.): a licensing deal
 # between two named companies, direction as written (45h's GE -> TransCanada Turbines; **doubtful**: a licence the
 # order requires, not yet granted, and 'The required divestiture to Hunt' calls it a divestiture -- a reader may
 # record nothing); "the FTC's Bureau of Competition" -> parentOrganization(Bureau of Competition, Federal Trade
 # Commission). **Near-misses**: Schlumberger Electricity's parent is not named in the kept text (no relation);
 # 'allowing Hunt to become a viable and significant competitor' (rivals: no relation type)
 relations=[L(ITR, "acquired", SCH),
            L(ITR, "partner", HUN),
            L(BOC, "parentOrganization", FTC)],
 outages=[],
 # `published` None: 'today' not resolved. 'in July 2003' -> 2003-07 (absolute). Not dates: '$255 million', '99
 # percent'
 dates=[D("July 2003", "2003-07")])

# ---- MEDIQ Incorporated / Universal Hospital Services (suit to block), FTC press release, August 22, 1997 ------------
A["us-ftc-mediq-universal-hospital-services-suit-to-block-medical-equipment-rental-1997"] = dict(
 # The Federal Trade Commission (once in full; 'The FTC alleges', 'The FTC is seeking', "the FTC\u2019s initial
 # motion", 'the FTC voted': alias 'FTC'; 'the Commission also will seek', 'The Commission vote': alias 'Commission');
 # MEDIQ Incorporated ('MEDIQ' alone, "MEDIQ\u2019s": alias); Universal Hospital Services ('(UHS)', 'UHS' alone and in
 # 'Minnesota-based UHS': alias); Pennsauken, New Jersey ('based in'), Bloomington, Minnesota ('Bloomington,
 # Minnesota-based'): Locations; the U.S. District Court for the District of Columbia ('It was filed in ...': a court
 # -> Organization; 'a federal district court' and 'the court' refer to it but are generic words, not aliases). Not
 # annotated: movable medical equipment, respiratory, infusion and monitoring devices, hospitals (classes); the
 # temporary restraining order, the preliminary injunction, the complaint, the administrative trial
 entities=[E("Organization", FTC, "FTC", "Commission"),
           E("Company", MED, "MEDIQ"),
           E("Company", UHS, "UHS"),
           E("Location", "Pennsauken"),
           E("Location", "New Jersey"),
           E("Location", "Bloomington"),
           E("Location", "Minnesota"),
           E("Organization", CRT)],
 # **Near-misses**: no officer of MEDIQ or UHS and no FTC official is named; 'The Commission vote ... was 5-0' (no
 # Commissioner named)
 roles=[],
 # 'The Federal Trade Commission today asked a federal district court to block a merger ...', 'The FTC alleges that
 # MEDIQ\u2019s $100 million acquisition of UHS may substantially lessen competition', 'The FTC is seeking a temporary
 # restraining order to block the transaction' -> nothing: a deal the FTC sues to block, not completed (GUIDELINES:
 # blocked deals; 69m's Conso / McCall; **doubtful**: the deal was agreed and not yet blocked when the release was
 # written, and a reader applying 'agreed but not completed' may record acquired(MEDIQ Incorporated, Universal Hospital
 # Services)). **Near-misses**: 'the nation\u2019s two largest movable medical equipment rental firms', 'the two firms
 # remain separate' (rivals: no relation type); the complaint filed in the court (litigation: no relation type)
 relations=[],
 outages=[],
 # `published` 1997-08-22: 'today' (twice, the same value: one item) -> 1997-08-22; 'On July 29' -> 1997-07-29 (the
 # vote before the filing, the same year). Not dates: '20 days' (a duration), '5-0' (a vote), the amounts and counts
 dates=[D("today", "1997-08-22"),
        D("July 29", "1997-07-29")])

# ---- Johnson & Johnson / Cordis Corporation (neurological shunts), FTC press release, December 1995 -----------------
A["us-ftc-johnson-johnson-cordis-consent-agreement-neurological-shunts-1995"] = dict(
 # Johnson & Johnson (six times, also in 'the Johnson & Johnson acquisition'); the Federal Trade Commission ('to
 # settle Federal Trade Commission charges'; "the FTC's Bureau of Competition", 'the FTC complaint': alias 'FTC');
 # Cordis Corporation ('Cordis' alone three times: alias); New Brunswick, New Jersey ('a New Brunswick, New
 # Jersey-based company': Locations); Johnson & Johnson Professional, Inc. ('Its wholly owned subsidiary': Company);
 # Miami Lakes, Florida ('is based in': Locations); William J Baer (as written, no stop); the Bureau of Competition
 # (Organization); the Food and Drug Administration ('obtaining Food and Drug Administration approval': an agency ->
 # Organization). Not annotated: cranial and neurological shunts, hydrocephalus (product class, condition); 'a
 # business that develops ... the cranial shunts' (unnamed)
 entities=[E("Company", JJ),
           E("Organization", FTC, "FTC"),
           E("Company", COR, "Cordis"),
           E("Location", "New Brunswick"),
           E("Location", "New Jersey"),
           E("Company", JJP),
           E("Location", "Miami Lakes"),
           E("Location", "Florida"),
           E("Person", WB),
           E("Organization", BOC),
           E("Organization", FDA)],
 # 'said William J Baer, Director of the FTC's Bureau of Competition' -> director at the Bureau of Competition,
 # current true. **Near-misses**: no officer of Johnson & Johnson, its subsidiary or Cordis is named
 roles=[R(WB, "director", BOC)],
 # 'Johnson & Johnson has agreed to divest a business ... to settle Federal Trade Commission charges that its $1.8
 # billion acquisition of Cordis Corporation would violate federal antitrust laws' -> acquired(Johnson & Johnson,
 # Cordis Corporation) only: a deal the settlement lets proceed, not said to have closed (70h's Autodesk / Softdesk;
 # **doubtful**: 'its ... acquisition' may be read as already done, which would add parentOrganization(Cordis
 # Corporation, Johnson & Johnson)); 'Its wholly owned subsidiary, Johnson & Johnson Professional, Inc.' ->
 # parentOrganization(Johnson & Johnson Professional, Inc., Johnson & Johnson); "the FTC's Bureau of Competition" ->
 # parentOrganization(Bureau of Competition, Federal Trade Commission). **Near-misses**: the divestiture of 'a business
 # that develops ... cranial shunts' (unnamed, buyer unnamed: nothing); 'Cordis, which competes with Johnson & Johnson'
 # (rivals: no relation type); 'obtaining Food and Drug Administration approval' (a regulator's approval: no relation)
 relations=[L(JJ, "acquired", COR),
            L(JJP, "parentOrganization", JJ),
            L(BOC, "parentOrganization", FTC)],
 outages=[],
 # `published` None. No absolute time expression in the kept text ('$1.8 billion', '85 percent': amounts)
 dates=[])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
