#!/usr/bin/env python3
"""Gold annotations for batch 70n (session 64, gatherer lane 70n): three FTC merger texts -- the FTC's proposed consent
order on Quest Diagnostics, Inc.'s acquisition of Unilab Corporation, assets to be divested to Laboratory Corporation
of America (press release of February 21, 2003; Joe Simons, Director of the FTC's Bureau of Competition);
Wesley-Jessen Corporation's agreement to divest the opaque lens business of Pilkington Barnes Hind International, Inc.,
a subsidiary of Pilkington plc (press release of September 1996, day unknown; the Durasoft and Natural Touch lines);
the FTC allowing GenCorp Inc.'s acquisition of Atlantic Research Corporation (ARC), Sequa's propulsion business,
provided ARC's in-space liquid propulsion business is divested (press release of October 15, 2003; GenCorp's
Aerojet-General Corporation; Susan Creighton, Director of the FTC's Bureau of Competition) -- written from the texts
alone; newskg was not run on them. Round notes /tmp/gather70n/NOTES.md; claims in /work/notes/gather70/CLAIMS.txt.
The split follows the fixed rule: the sorted ids dealt along test, train, dev (batch10_annotate's write_parts):
GenCorp / Atlantic Research -> test, Quest / Unilab -> train, Wesley-Jessen / Pilkington Barnes Hind -> dev.
`published` 2003-02-21 (Quest) and 2003-10-15 (GenCorp) from the FR analyses' 'FTC Home Page (for <day>)' with the
releases' 'today' (see the pool notes), so 'today' resolves to those days (GUIDELINES, Dates); `published` None for
the Wesley-Jessen text, which holds no absolute time expression ('$80 million', '90 percent': no dates).
Conventions (the FTC merger texts' of batches 16e, 62g, 62m, 63g, 64m, 66a, 67ad, 68a, 68g, 68m, 69h, 69n, 69t, 69z,
69ae, 70a and 70h, and the federal lane's): the FTC as 'Federal Trade Commission' with the aliases 'FTC' and
'Commission' where the text writes them alone or as a modifier ("the FTC's Bureau of Competition", 'Absent FTC
action'); 'X, Director of the FTC's Bureau of Competition' -> director at the Bureau, current true, the Bureau an
Organization with parentOrganization the FTC (63g, 66a, 68a, 68g, 69h, 69n, 69t, 69ae, 70a); an acquisition the FTC
lets proceed under a proposed consent order or settlement, or one the acquirer 'plans to acquire', not said to have
closed -> acquired only (16e's rule; 70a's Nortek / NuTone, 70h's Autodesk / Softdesk); 'Y, a subsidiary of X',
'Through its Y subsidiary, X ...', 'X, the parent company of Y' -> parentOrganization; a divestiture of assets or of a
business line ('certain assets to Laboratory Corporation of America', 'the opaque lens business of ...', "ARC's
in-space liquid propulsion business") -> nothing (GUIDELINES: asset purchases); named lens lines ('the Durasoft line
of opaque lenses', 'the Natural Touch line') -> Service with provider their maker; 'X, based in / headquartered in Y'
and 'its facility in Y' -> Location Y (a seat or site: no relation); states, cities, regions ('Northern California')
and the country named -> Location; orders (the Hold Separate Order), complaints, amounts, market shares, business
segments and durations -> not annotated.
usage: batch70n_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather70n/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

FTC = "Federal Trade Commission"
BOC = "Bureau of Competition"
QST = "Quest Diagnostics, Inc."
UNI = "Unilab Corporation"
LAB = "Laboratory Corporation of America"
JS = "Joe Simons"
WJ = "Wesley-Jessen Corporation"
PBH = "Pilkington Barnes Hind International, Inc."
PIL = "Pilkington plc"
GEN = "GenCorp Inc."
ARC = "Atlantic Research Corporation"
AER = "Aerojet-General Corporation"
SEQ = "Sequa"
SC = "Susan Creighton"
A = {}

# ---- Quest Diagnostics, Inc. / Unilab Corporation (LabCorp divestiture), FTC press release, February 21, 2003 -------
A["us-ftc-quest-diagnostics-unilab-proposed-consent-labcorp-northern-california-2003"] = dict(
 # The Federal Trade Commission (once in full; 'According to the Commission' twice: alias 'Commission'; 'the FTC said',
 # "the FTC's Bureau of Competition": alias 'FTC'); Unilab Corporation ('(Unilab)', then 'Unilab' alone and in
 # 'Quest/Unilab', "Unilab's": alias); Quest Diagnostics, Inc. ('(Quest)', then 'Quest' alone, "Quest's": alias);
 # Laboratory Corporation of America ('(LabCorp)', 'LabCorp' twice more: alias); Joe Simons (once); the Bureau of
 # Competition ("the FTC's Bureau of Competition" -> Organization); Northern California (four times: a region ->
 # Location); the United States ('throughout the United States' -> Location). Not annotated: independent physician
 # associations (IPAs), physicians groups, patient service centers (PSCs), stat laboratories (classes, none named);
 # the proposed consent order
 entities=[E("Organization", FTC, "Commission", "FTC"),
           E("Company", UNI, "Unilab"),
           E("Company", QST, "Quest"),
           E("Company", LAB, "LabCorp"),
           E("Person", JS),
           E("Organization", BOC),
           E("Location", "Northern California"),
           E("Location", "United States")],
 # 'said Joe Simons, Director of the FTC's Bureau of Competition' -> director at the Bureau of Competition, current
 # true (70a's Richard Feinstein). **Near-misses**: no officer of Quest, Unilab or LabCorp is named
 roles=[R(JS, "director", BOC)],
 # 'the $827 million acquisition of Unilab Corporation (Unilab) by Quest Diagnostics, Inc. (Quest), as proposed, ... a
 # proposed consent order that would conditionally allow the transaction to proceed' -> acquired(Quest Diagnostics,
 # Inc., Unilab Corporation) only: a deal the order lets through, not said to have closed ('the proposed
 # acquisition'; 16e's rule); "the FTC's Bureau of Competition" -> parentOrganization(Bureau of Competition, Federal
 # Trade Commission). **Near-misses**: 'divest to LabCorp 46 patient service centers (PSCs); five stat ...
 # laboratories; all of Quest's - and one of Unilab's - Northern California contracts ...; and all related assets'
 # (assets and contracts to a named buyer: no acquired -- GUIDELINES: asset purchases; **doubtful**, the contracts
 # with physicians groups could be read as LabCorp taking over customer contracts, but no named counterparty: no
 # partner); 'the unique rivalry between Quest and Unilab' (rivals: no relation type)
 relations=[L(QST, "acquired", UNI),
            L(BOC, "parentOrganization", FTC)],
 outages=[],
 # `published` 2003-02-21: 'today' -> 2003-02-21. Not dates: none other ('$827 million', '46 patient service centers')
 dates=[D("today", "2003-02-21")])

# ---- Wesley-Jessen Corporation / Pilkington Barnes Hind International, Inc., FTC press release, September 1996 ------
A["us-ftc-wesley-jessen-pilkington-barnes-hind-opaque-lens-divestiture-1996"] = dict(
 # The Federal Trade Commission (once in full; 'The FTC said', 'The FTC alleged', 'Absent FTC action', 'the FTC said':
 # alias 'FTC'; 'Commission' is not written alone); Wesley-Jessen Corporation ('Wesley-Jessen' four times alone:
 # alias); Pilkington Barnes Hind International, Inc. (twice in full; 'Pilkington Barnes Hind' twice: alias);
 # Pilkington plc ('a subsidiary of Pilkington plc'); Des Plaines, Illinois, Sunnyvale, California ('based in':
 # Locations); Durasoft ('the Durasoft line of opaque lenses') and Natural Touch ('the Natural Touch line'): named
 # lens lines users buy -> Service. Not annotated: opaque and clear contact lenses (product classes); 'the three main
 # firms in the clear contact lens market' (unnamed); the agreement and the settlement
 entities=[E("Organization", FTC, "FTC"),
           E("Company", WJ, "Wesley-Jessen"),
           E("Company", PBH, "Pilkington Barnes Hind"),
           E("Company", PIL),
           E("Location", "Des Plaines"),
           E("Location", "Illinois"),
           E("Location", "Sunnyvale"),
           E("Location", "California"),
           E("Service", "Durasoft"),
           E("Service", "Natural Touch")],
 # **Near-misses**: no officer of either company and no FTC official is named in the kept text
 roles=[],
 # 'Wesley-Jessen ... plans to acquire Pilkington Barnes Hind International, Inc., ... for $80 million' with 'has
 # agreed to divest the opaque lens business of its main rival' and 'allowing the part [of the deal] that could
 # result in a stronger firm' -> acquired(Wesley-Jessen Corporation, Pilkington Barnes Hind International, Inc.) only:
 # an agreed deal not yet closed ('plans to acquire'; GUIDELINES: agreed but not completed); 'Pilkington Barnes Hind
 # International, Inc., a subsidiary of Pilkington plc' -> parentOrganization(Pilkington Barnes Hind International,
 # Inc., Pilkington plc); 'Wesley-Jessen manufactures the Durasoft line of opaque lenses' -> provider(Durasoft,
 # Wesley-Jessen Corporation); 'Pilkington Barnes Hind makes the Natural Touch line' -> provider(Natural Touch,
 # Pilkington Barnes Hind International, Inc.). **Near-misses**: the divestiture of Pilkington Barnes Hind's opaque
 # lens business (buyer not named; a business line: nothing); 'its main rival', 'the two competitors' (rivals: no
 # relation type); 'that is based in Sunnyvale, California' (a seat, Pilkington Barnes Hind's or Pilkington plc's --
 # **doubtful** which, no relation either way)
 relations=[L(WJ, "acquired", PBH),
            L(PBH, "parentOrganization", PIL),
            L("Durasoft", "provider", WJ),
            L("Natural Touch", "provider", PBH)],
 outages=[],
 # `published` None. No time expression in the kept text ('now hold': none; '$80 million', '$46 million', 'more than
 # 90 percent': amounts)
 dates=[])

# ---- GenCorp Inc. / Atlantic Research Corporation (ARC in-space propulsion), FTC press release, October 15, 2003 ----
A["us-ftc-gencorp-atlantic-research-in-space-liquid-propulsion-divestiture-2003"] = dict(
 # The Federal Trade Commission (once in full; 'the FTC will enforce', "the FTC\u2019s Bureau of Competition": alias
 # 'FTC'; 'achieved by the Commission': alias 'Commission'); GenCorp Inc. ('(GenCorp)', then 'GenCorp' alone: alias);
 # Atlantic Research Corporation ('(ARC)', "ARC\u2019s", 'the ARC in-space liquid propulsion business', 'the parent
 # company of ARC', 'the ARC business': alias 'ARC'); Susan Creighton (once); the Bureau of Competition (Organization);
 # Rancho Cordova, California ('headquartered in'), Redmond, Washington ('its facility in'): Locations;
 # Aerojet-General Corporation ('(Aerojet)', 'Aerojet produces': alias); Sequa (twice, "Sequa\u2019s": Company, its
 # full name not written). Not annotated: the Order to Hold Separate and Maintain Assets (Hold Separate Order: an
 # order); in-space liquid propulsion, propulsion products, thrusters, armament systems (product classes); the
 # business segments (aerospace, propulsion, metal coating, specialty chemicals)
 entities=[E("Organization", FTC, "FTC", "Commission"),
           E("Company", GEN, "GenCorp"),
           E("Company", ARC, "ARC"),
           E("Person", SC),
           E("Organization", BOC),
           E("Location", "Rancho Cordova"),
           E("Location", "California"),
           E("Company", AER, "Aerojet"),
           E("Location", "Redmond"),
           E("Location", "Washington"),
           E("Company", SEQ)],
 # 'said Susan Creighton, Director of the FTC\u2019s Bureau of Competition' -> director at the Bureau of Competition,
 # current true. **Near-misses**: no officer of GenCorp, ARC, Aerojet or Sequa is named
 roles=[R(SC, "director", BOC)],
 # 'The Federal Trade Commission will allow GenCorp Inc. (GenCorp) to proceed with its $133 million acquisition of
 # Atlantic Research Corporation (ARC), ... provided GenCorp divests ... within six months of completing the deal' ->
 # acquired(GenCorp Inc., Atlantic Research Corporation) only: not yet closed ('the proposed transaction'); 'Through
 # its Aerojet-General Corporation (Aerojet) subsidiary, GenCorp ...' -> parentOrganization(Aerojet-General
 # Corporation, GenCorp Inc.); 'Sequa, the parent company of ARC' -> parentOrganization(Atlantic Research Corporation,
 # Sequa); "the FTC\u2019s Bureau of Competition" -> parentOrganization(Bureau of Competition, Federal Trade
 # Commission). **Near-misses**: the divestiture of "ARC\u2019s in-space liquid propulsion business" (a business line,
 # buyer not named: nothing); 'The propulsion segment of Sequa\u2019s business consists of the ARC business' (the same
 # parent link, said again)
 relations=[L(GEN, "acquired", ARC),
            L(AER, "parentOrganization", GEN),
            L(ARC, "parentOrganization", SEQ),
            L(BOC, "parentOrganization", FTC)],
 outages=[],
 # `published` 2003-10-15: 'today' -> 2003-10-15. Not dates: 'within six months of completing the deal' (a duration
 # from an unknown day)
 dates=[D("today", "2003-10-15")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
