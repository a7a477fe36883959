#!/usr/bin/env python3
"""Gold annotations for batch 71a (session 65, gatherer lane 71a): three US FTC merger texts -- the FTC's complaint
challenging Equitable Resources, Inc.'s proposed acquisition of The Peoples Natural Gas Company (Dominion Peoples), a
subsidiary of Dominion Resources, Inc., the deal including Equitable's purchase of Hope Gas, Inc. (press release of
March 2007, day unknown; Jeffrey Schmidt, Director of the FTC's Bureau of Competition); the FTC's proposed consent
agreement allowing the merger of El Paso Energy Corporation and Sonat Inc. with the divestiture of Sea Robin Pipeline
Company, Sonat's interest in Destin Pipeline Company, L.L.C. and El Paso's East Tennessee Natural Gas Company (press
release of October 1999, day unknown; Richard G. Parker, the FTC's Bureau of Competition Director); the FTC's proposed
settlement permitting Sorin Biomedica S.p.A.'s (SNIA S.p.A.'s subsidiary) acquisition of COBE Cardiovascular, Inc. and
COBE Laboratories Inc. from Gambro AB, with COBE's heart-lung machine business divested to Baxter Healthcare
Corporation (press release of May 1999, day unknown; William J. Baer, Director of the FTC's Bureau of Competition) --
written from the texts alone; newskg was not run on them. Round notes /tmp/gather71a/NOTES.md; claims in
/work/notes/gather71/CLAIMS.txt.
The split follows the fixed rule: the sorted ids dealt along test, train, dev (batch10_annotate's write_parts):
El Paso / Sonat -> test, Equitable / Dominion Peoples -> train, Sorin / COBE -> dev.
`published` None for all three (see the pool notes), so only absolute expressions would be listed; the kept texts
hold none ('today' in the Sorin text left unresolved): no dates.
Conventions (the FTC merger texts' of batches 16e, 62g, 62m, 63g, 64m, 66a, 67ad, 68a, 68g, 68m, 69h, 69m, 69n, 69t,
69z, 69ae, 70a, 70h, 70n, 70t, 70z and 70af): the FTC as 'Federal Trade Commission' with the aliases 'FTC' and
'Commission' where the text writes them alone or as a modifier ("the FTC's Bureau of Competition", "the Commission's
complaint"); 'X, Director of the FTC's Bureau of Competition' and "FTC's Bureau of Competition Director X" -> director
at the Bureau, current true, the Bureau an Organization with parentOrganization the FTC (63g, 66a, 68a, 69h, 69n, 70a,
70n, 70t, 70z, 70af); an acquisition the FTC lets proceed under a settlement, not said to have closed -> acquired only
(16e's rule; 70a, 70h, 70n, 70t); a deal the FTC's complaint challenges -> nothing (GUIDELINES: blocked deals; 69m's
Conso / McCall, 70t's MEDIQ / UHS); a part of the same deal the complaint does not challenge, agreed and not closed ->
acquired only (**doubtful**: Equitable / Hope Gas); a 'merger of A and B' whose text does not say who buys whom ->
nothing (GUIDELINES; 62m's BP Amoco / ARCO, 70af's Enova / Pacific Enterprises); 'Y, a subsidiary of X', 'Y, a
wholly-owned subsidiary of X', 'its Y' -> parentOrganization(Y, X); an acquisition of companies 'from' a named seller ->
parentOrganization(target, seller) (ownership stated as past is still recorded; **doubtful**: Gambro); a part
interest (one-third, 50 percent) -> nothing; a divestiture of a business or assets to a named buyer -> nothing
(GUIDELINES: asset purchases); named pipelines -> Location, no relation (63a, 63g, 68g, 70af), a pipeline company
named as a company ('... Pipeline Company') -> Company; 'X is headquartered in / based in Y' -> Location Y (a seat: no
relation); states, cities, counties, regions, seas and countries named -> Location ('U.S.' an alias of 'United States'
where both are written, as train's Conso / McCall and 70t); a federal agency named in full -> Organization, no
relation; orders, complaints, settlements, amounts, capacities, market shares and product classes (natural gas
distribution, pipeline transportation, heart-lung machines) -> not annotated.
usage: batch71a_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather71a/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

FTC = "Federal Trade Commission"
BOC = "Bureau of Competition"
EQT = "Equitable Resources, Inc."
PNG = "The Peoples Natural Gas Company"
DRI = "Dominion Resources, Inc."
HOP = "Hope Gas, Inc."
JSC = "Jeffrey Schmidt"
ELP = "El Paso Energy Corporation"
SON = "Sonat Inc."
SRP = "Sea Robin Pipeline Company"
DES = "Destin Pipeline Company, L.L.C."
ETN = "East Tennessee Natural Gas Company"
RGP = "Richard G. Parker"
COB = "COBE Cardiovascular, Inc."
CLB = "COBE Laboratories Inc."
GAM = "Gambro AB"
SOR = "Sorin Biomedica S.p.A."
SNI = "SNIA S.p.A."
BAX = "Baxter Healthcare Corporation"
WJB = "William J. Baer"
A = {}

# ---- Equitable Resources / The Peoples Natural Gas Company (Dominion Peoples), FTC press release, March 2007 -------
A["us-ftc-equitable-resources-dominion-peoples-natural-gas-complaint-pittsburgh-hope-gas-2007"] = dict(
 # The Federal Trade Commission (once in full; "the FTC\u2019s Bureau of Competition": alias 'FTC'; 'Commission' alone
 # is not in the kept text, the heading 'The Commission\u2019s Complaint' left out); Equitable Resources, Inc.
 # ('(Equitable)', 'Equitable' alone, "Equitable\u2019s": alias); The Peoples Natural Gas Company ('(Dominion
 # Peoples)', 'Dominion Peoples' alone, "Dominion Peoples\u2019": alias); Dominion Resources, Inc. ('another subsidiary
 # of Dominion': alias 'Dominion'); Allegheny County, Pennsylvania ('southwest Pennsylvania': the same state),
 # Pittsburgh ('the Pittsburgh area') (Locations); Hope Gas, Inc. (Company; written twice the same); Jeffrey Schmidt;
 # the Bureau of Competition. Not annotated: the complaint, 'the proposed transaction', Dominion Peoples' distribution
 # and midstream systems and storage facilities (unnamed assets), hospitals, schools, churches (classes)
 entities=[E("Organization", FTC, "FTC"),
           E("Company", EQT, "Equitable"),
           E("Company", PNG, "Dominion Peoples"),
           E("Company", DRI, "Dominion"),
           E("Location", "Allegheny County"),
           E("Location", "Pennsylvania"),
           E("Location", "Pittsburgh"),
           E("Company", HOP),
           E("Person", JSC),
           E("Organization", BOC)],
 # 'said Jeffrey Schmidt, Director of the FTC\u2019s Bureau of Competition' -> director at the Bureau of Competition,
 # current true. **Near-misses**: no officer of Equitable or Dominion is named
 roles=[R(JSC, "director", BOC)],
 # 'The Peoples Natural Gas Company (Dominion Peoples), a subsidiary of Dominion Resources, Inc.' ->
 # parentOrganization(The Peoples Natural Gas Company, Dominion Resources, Inc.); 'Hope Gas, Inc., another subsidiary
 # of Dominion' -> parentOrganization(Hope Gas, Inc., Dominion Resources, Inc.); 'a complaint challenging Equitable
 # Resources, Inc.\u2019s (Equitable) proposed acquisition of The Peoples Natural Gas Company' -> nothing: a deal the
 # FTC's complaint challenges (GUIDELINES: blocked deals; 70t's MEDIQ / UHS; **doubtful**: agreed and not yet
 # blocked when the release was written, so a reader applying 'agreed but not completed' may record
 # acquired(Equitable Resources, Inc., The Peoples Natural Gas Company)); 'includes Equitable\u2019s purchase of Hope
 # Gas, Inc. ... The complaint does not challenge the acquisition of Hope Gas, Inc.' -> acquired(Equitable Resources,
 # Inc., Hope Gas, Inc.): an agreed purchase of a company, unchallenged, not said to have closed (acquired only;
 # **doubtful**: it is part of the one $970 million transaction the complaint challenges, and a reader may record
 # nothing for it either); "the FTC\u2019s Bureau of Competition" -> parentOrganization(Bureau of Competition, Federal
 # Trade Commission). **Near-misses**: 'each other\u2019s sole competitors' (rivals: no relation type); Dominion
 # Peoples' distribution and midstream systems and storage (assets: nothing)
 relations=[L(PNG, "parentOrganization", DRI),
            L(HOP, "parentOrganization", DRI),
            L(EQT, "acquired", HOP),
            L(BOC, "parentOrganization", FTC)],
 outages=[],
 # `published` None and no absolute time expression in the kept text. Not dates: '$970 million', '9,400 square
 # miles', '350,000 customers', '861 gathering miles', the Bcf figures
 dates=[])

# ---- El Paso Energy Corporation / Sonat Inc. (merger cleared with divestitures), FTC press release, October 1999 ----
A["us-ftc-el-paso-energy-sonat-merger-consent-sea-robin-destin-east-tennessee-divest-1999"] = dict(
 # The Federal Trade Commission (once in full; "FTC's Bureau of Competition Director": alias 'FTC'; "the Commission's
 # complaint": alias 'Commission'); El Paso Energy Corporation ('El Paso' alone: alias); Sonat Inc. ('Sonat' alone,
 # "Sonat's": alias); the Gulf of Mexico ('this area of the Gulf': alias 'Gulf'; the east-central and west-central Gulf
 # of Mexico its parts, the same name; **doubtful**: 'the eastern Louisiana Gulf' read as a part of it, not its own
 # entity); the United States ('the southeastern United States'); Sea Robin Pipeline Company ('Sea Robin' alone, and
 # "Sonat's Sea Robin Pipeline": aliases -- the company's pipeline under the company's own short name, **doubtful**: a
 # reader may add 'Sea Robin Pipeline' as a Location pipeline apart from the company); Destin Pipeline Company, L.L.C.
 # ('Destin' alone: alias); Louisiana (the coast, 'the western Louisiana coast'); East Tennessee Natural Gas Company
 # ('(ETNG)': alias); Tennessee ('eastern Tennessee'), Georgia ('northern Georgia') (Locations); Richard G. Parker; the
 # Bureau of Competition; Stingray Pipeline ('Stingray' alone: alias; a named pipeline, 'a large natural gas
 # transmission system' -> Location). Not annotated: the proposed consent agreement, the consent order, the complaint,
 # 'a natural gas pipeline system' (unnamed), natural gas transportation (a market)
 entities=[E("Organization", FTC, "FTC", "Commission"),
           E("Company", ELP, "El Paso"),
           E("Company", SON, "Sonat"),
           E("Location", "Gulf of Mexico", "Gulf"),
           E("Location", "United States"),
           E("Company", SRP, "Sea Robin Pipeline", "Sea Robin"),
           E("Company", DES, "Destin"),
           E("Location", "Louisiana"),
           E("Company", ETN, "ETNG"),
           E("Location", "Tennessee"),
           E("Location", "Georgia"),
           E("Person", RGP),
           E("Organization", BOC),
           E("Location", "Stingray Pipeline", "Stingray")],
 # "said FTC's Bureau of Competition Director Richard G. Parker" -> director at the Bureau of Competition, current
 # true. **Near-misses**: no officer of El Paso or Sonat is named
 roles=[R(RGP, "director", BOC)],
 # 'allow the $6 billion merger of El Paso Energy Corporation and Sonat Inc.' -> nothing: a 'merger' whose text does
 # not say who buys whom (GUIDELINES; **doubtful**: El Paso is to divest Sonat's subsidiary and interest, so a reader
 # may take El Paso as the buyer and record acquired(El Paso Energy Corporation, Sonat Inc.)); 'Sea Robin Pipeline
 # Company, a wholly-owned subsidiary of Sonat' -> parentOrganization(Sea Robin Pipeline Company, Sonat Inc.); 'El
 # Paso would also be required to sell its East Tennessee Natural Gas Company (ETNG)' ('its' = El Paso's) ->
 # parentOrganization(East Tennessee Natural Gas Company, El Paso Energy Corporation); "FTC's Bureau of Competition" ->
 # parentOrganization(Bureau of Competition, Federal Trade Commission). **Near-misses**: "Sonat's one-third ownership
 # interest in Destin Pipeline Company, L.L.C." (a part interest: nothing); 'El Paso owns a 50 percent share of
 # Stingray Pipeline' (a part share of a pipeline, a Location: nothing); the divestitures to buyers not named
 # (nothing); 'competes with Sonat's Sea Robin Pipeline' (rivals: no relation type)
 relations=[L(SRP, "parentOrganization", SON),
            L(ETN, "parentOrganization", ELP),
            L(BOC, "parentOrganization", FTC)],
 outages=[],
 # `published` None and no absolute time expression in the text. Not dates: '$6 billion', '2,900 million cubic feet
 # per day' (a rate), '50 percent', '100 miles'
 dates=[])

# ---- Sorin Biomedica (SNIA) / COBE Cardiovascular (heart-lung machines), FTC press release, May 1999 ---------------
A["us-ftc-sorin-biomedica-snia-cobe-cardiovascular-gambro-heart-lung-machines-baxter-settlement-1999"] = dict(
 # The Federal Trade Commission (once in full; 'The FTC alleged', "the FTC's Bureau of Competition": alias 'FTC'; no
 # 'Commission' alone); COBE Cardiovascular, Inc. ('COBE Cardiovascular is based in Denver', "COBE's heart-lung machine
 # business", 'COBE and SNIA being the largest ... suppliers': aliases 'COBE Cardiovascular', 'COBE' -- **doubtful**:
 # 'COBE' alone may be read as the COBE businesses together, COBE Laboratories included); COBE Laboratories Inc.; Gambro
 # AB ('Gambro' alone: alias); Sorin Biomedica S.p.A. (written once); SNIA S.p.A. ('SNIA' alone: alias); the United
 # States ('in the United States'; 'the U.S. market': alias 'U.S.'); Baxter Healthcare Corporation ("Baxter's
 # efforts": alias 'Baxter'); William J. Baer; the Bureau of Competition; Italy, Denver, Colorado (Locations); the U.S.
 # Food and Drug Administration (a federal agency -> Organization; its 'U.S.' part of its name). Not annotated: the
 # proposed settlement, the interim trustee (unnamed), heart-lung machines, extracorporeal bypass systems (products
 # named only as classes), 'four suppliers' (unnamed)
 entities=[E("Organization", FTC, "FTC"),
           E("Company", COB, "COBE Cardiovascular", "COBE"),
           E("Company", CLB),
           E("Company", GAM, "Gambro"),
           E("Company", SOR),
           E("Company", SNI, "SNIA"),
           E("Location", "United States", "U.S."),
           E("Company", BAX, "Baxter"),
           E("Person", WJB),
           E("Organization", BOC),
           E("Location", "Italy"),
           E("Location", "Denver"),
           E("Location", "Colorado"),
           E("Organization", "U.S. Food and Drug Administration")],
 # 'said William J. Baer, Director of the FTC's Bureau of Competition' -> director at the Bureau of Competition,
 # current true. **Near-misses**: no officer of Sorin, SNIA, COBE, Gambro or Baxter is named
 roles=[R(WJB, "director", BOC)],
 # 'the acquisition of COBE Cardiovascular, Inc., COBE Laboratories Inc., and other assets and liabilities from Gambro
 # AB, by Sorin Biomedica S.p.A.' with 'The proposed settlement, while permitting the acquisition' -> acquired(Sorin
 # Biomedica S.p.A., COBE Cardiovascular, Inc.) and acquired(Sorin Biomedica S.p.A., COBE Laboratories Inc.): a deal
 # the FTC lets proceed under a settlement, not said to have closed (acquired only; 16e's rule); the same words with
 # 'competition between SNIA and Gambro in the market' -> parentOrganization(COBE Cardiovascular, Inc., Gambro AB) and
 # parentOrganization(COBE Laboratories Inc., Gambro AB): companies acquired from their owner (ownership stated as past
 # is still recorded; **doubtful**: 'from Gambro AB' may be read as attaching only to 'other assets and liabilities');
 # 'Sorin Biomedica S.p.A., a subsidiary of SNIA S.p.A.' -> parentOrganization(Sorin Biomedica S.p.A., SNIA S.p.A.);
 # "the FTC's Bureau of Competition" -> parentOrganization(Bureau of Competition, Federal Trade Commission).
 # **Near-misses**: 'require SNIA to divest all of COBE's heart-lung machine business to Baxter Healthcare
 # Corporation' (a business, an asset sale: nothing); 'SNIA is headquartered in Italy', 'COBE Cardiovascular is based
 # in Denver, Colorado' (seats: no relation); 'obtain U.S. Food and Drug Administration approval' (a regulator: no
 # relation type); 'COBE and SNIA being the largest and third largest suppliers' (rivals)
 relations=[L(SOR, "acquired", COB),
            L(SOR, "acquired", CLB),
            L(COB, "parentOrganization", GAM),
            L(CLB, "parentOrganization", GAM),
            L(SOR, "parentOrganization", SNI),
            L(BOC, "parentOrganization", FTC)],
 outages=[],
 # `published` None: 'today' left unresolved; no absolute time expression. Not dates: 'within ten days' (a duration),
 # '$260 million', 'the foreseeable future'
 dates=[])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
