#!/usr/bin/env python3
"""Gold annotations for batch 70af (session 64, gatherer lane 70af): three US federal merger texts on gas and electric
utilities and pipelines -- the FTC's proposed consent order conditionally allowing Southern Union Company's (SU)
purchase of the Panhandle pipeline from CMS Energy Corporation, SU's subsidiary Energy Worx, Inc. to stop managing the
Central pipeline (press release of May 2003, day unknown; Joe Simons, Director of the FTC's Bureau of Competition);
the Justice Department's settlement under which Enova Corporation sells its two largest power plants to complete its
merger with Pacific Enterprises (press release of March 1998, a www.scribd.com copy, taken as March 9; Joel I. Klein,
Assistant Attorney General in charge of the Antitrust Division); the FTC's statement on Berkshire Hathaway Energy
Company's Kern River Gas Transmission Pipeline abandoning its acquisition of Dominion Energy, Inc.'s Questar Pipeline
(July 2021, day unknown; Holly Vedova, Acting Director of the Bureau of Competition; the Utah Attorney General's
Office) -- written from the texts alone; newskg was not run on them. Round notes /tmp/gather70af/NOTES.md; claims in
/work/notes/gather70/CLAIMS.txt.
The split follows the fixed rule: the sorted ids dealt along test, train, dev (batch10_annotate's write_parts):
Enova / Pacific Enterprises -> test, Southern Union / CMS -> train, Berkshire Hathaway Energy / Dominion Energy -> dev.
`published` 1998-03-09 for the Enova text (see the pool notes), so 'today' resolves against it (GUIDELINES, Dates);
`published` None for the Southern Union and Questar texts, so only absolute expressions are listed ('November 2002',
'1995').
Conventions (the FTC merger texts' of batches 16e, 62g, 62m, 63g, 64m, 66a, 67ad, 68a, 68g, 68m, 69h, 69m, 69n, 69t,
69z, 69ae, 70a, 70h, 70n, 70t and 70z, and the DOJ Antitrust Division texts' of the federal lane): the FTC as
'Federal Trade Commission' with the aliases 'FTC' and 'Commission' where the text writes them alone or as a modifier
("the FTC's Bureau of Competition", 'the Commission'), and as 'FTC' (alias 'Commission') where the text never writes
it in full (the Questar statement, its standing paragraph left out); 'X, Director of the FTC's Bureau of Competition'
and 'the FTC Bureau of Competition Acting Director X' -> director at the Bureau, current true (62g's, 67r's, 69a's and
69h's call for 'Acting Director'), the Bureau an Organization with parentOrganization the FTC (63g, 66a, 68a, 69h, 69n,
70a, 70n, 70t, 70z); 'X, Assistant Attorney General in charge of the Antitrust Division' -> head at the Antitrust
Division, current true, the Division parentOrganization the Department of Justice (the corpus' DOJ texts: Joel I.
Klein head at the Antitrust Division in train); a dateline 'WASHINGTON, D.C.' -> Location, named as the text writes it
elsewhere ('Washington, D.C.'; the dateline's capitals the same form ignoring case, not an alias);
'U.S. District Court' -> Organization, no relation; named pipelines -> Location, no relation (63a's, 63g's and 68g's
named pipelines, 'Dixie Pipeline'; **doubtful** for Kern River Gas Transmission Pipeline and Questar Pipeline, which
the Questar text makes the actors of an acquisition); the purchase of a pipeline, and a sale of power plants to buyers
not named -> nothing (GUIDELINES: asset purchases); a 'merger' whose text names no buyer -> nothing (GUIDELINES; 62m's
BP Amoco / ARCO, 68g's Valero / Ultramar); abandoned deals -> nothing (GUIDELINES); "its subsidiary Y" ->
parentOrganization(Y, X); states, cities, regions named -> Location; orders, complaints, suits, amounts, market shares
and product classes (natural gas delivery, electric power, gas-fired plants) -> not annotated.
usage: batch70af_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather70af/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

FTC = "Federal Trade Commission"
BOC = "Bureau of Competition"
SU = "Southern Union Company"
CMS = "CMS Energy Corporation"
EWX = "Energy Worx, Inc."
JSI = "Joe Simons"
ENO = "Enova Corporation"
PAC = "Pacific Enterprises"
DOJ = "Department of Justice"
ATR = "Antitrust Division"
JIK = "Joel I. Klein"
BHE = "Berkshire Hathaway Energy Company"
DEI = "Dominion Energy, Inc."
KRP = "Kern River Gas Transmission Pipeline"
QSP = "Questar Pipeline"
HV = "Holly Vedova"
A = {}

# ---- Southern Union Company / CMS Energy Corporation (Panhandle pipeline), FTC press release, May 2003 -----------------
A["us-ftc-southern-union-cms-energy-panhandle-pipeline-proposed-consent-energy-worx-central-pipeline-2003"] = dict(
 # The Federal Trade Commission (once in full; "the FTC's Bureau of Competition": alias 'FTC'; 'the Commission':
 # alias 'Commission'); Kansas City ('the Kansas City area': Location); the Panhandle pipeline ('Panhandle' alone, 'the
 # Central and Panhandle pipelines': alias; a named pipeline -> Location); Southern Union Company ('(SU)', 'SU' alone:
 # alias); CMS Energy Corporation ('(CMS)', 'CMS' alone: alias); Energy Worx, Inc. ('(Energy Worx)': alias); the Central
 # pipeline ('the Central and Panhandle pipelines': 'Central' alias; Location); AIG (Company; its full name only in the
 # sentence cut off, so named as written); Joe Simons; the Bureau of Competition; Wilkes-Barre, Pennsylvania, Missouri,
 # Rhode Island, Massachusetts, Kansas (Locations); the Midwest ('certain Midwest states': a named region -> Location).
 # Not annotated: the proposed consent order, the consent agreement; natural gas delivery, pipeline services (markets)
 entities=[E("Organization", FTC, "FTC", "Commission"),
           E("Location", "Kansas City"),
           E("Location", "Panhandle pipeline", "Panhandle"),
           E("Company", SU, "SU"),
           E("Company", CMS, "CMS"),
           E("Company", EWX, "Energy Worx"),
           E("Location", "Central pipeline", "Central"),
           E("Company", "AIG"),
           E("Person", JSI),
           E("Organization", BOC),
           E("Location", "Wilkes-Barre"),
           E("Location", "Pennsylvania"),
           E("Location", "Missouri"),
           E("Location", "Rhode Island"),
           E("Location", "Massachusetts"),
           E("Location", "Midwest"),
           E("Location", "Kansas")],
 # "said Joe Simons, Director of the FTC's Bureau of Competition" -> director at the Bureau of Competition, current
 # true. **Near-misses**: no officer of SU, CMS, Energy Worx or AIG is named
 roles=[R(JSI, "director", BOC)],
 # 'conditionally allowing the $1.8 billion purchase of the Panhandle pipeline by Southern Union Company (SU) from CMS
 # Energy Corporation (CMS)' -> nothing: the purchase of a pipeline, an asset purchase (GUIDELINES; the pipeline a
 # Location); 'its subsidiary Energy Worx, Inc. (Energy Worx)' -> parentOrganization(Energy Worx, Inc., Southern Union
 # Company); "the FTC's Bureau of Competition" -> parentOrganization(Bureau of Competition, Federal Trade Commission).
 # **Near-misses**: 'AIG, the owner of the Central pipeline' (a pipeline: no relation); 'an agreement that allowed its
 # subsidiary Energy Worx ... to manage the Central pipeline', 'Under the terms of an agreement executed in November
 # 2002, Energy Worx operated and managed the Central pipeline' (its other party not named in the kept text: no
 # partner); 'through affiliates' (unnamed); 'neither SU nor its subsidiaries' (unnamed)
 relations=[L(EWX, "parentOrganization", SU),
            L(BOC, "parentOrganization", FTC)],
 outages=[],
 # `published` None: only absolute expressions. 'November 2002' -> 2002-11. Not listed: 'today' (unresolved). Not
 # dates: '$1.8 billion'
 dates=[D("November 2002", "2002-11")])

# ---- Enova Corporation / Pacific Enterprises (settlement, two power plants), DOJ press release, March 1998 ----------
A["us-doj-enova-pacific-enterprises-merger-settlement-sell-two-power-plants-california-1998"] = dict(
 # Washington, D.C. (the dateline 'WASHINGTON, D.C.' and 'in Washington, D.C.': one Location; the dateline's capitals
 # not listed as an alias, the same surface form ignoring case); Enova Corporation ('Enova' alone, "Enova's": alias); Pacific Enterprises ('Pacific' alone, "Pacific's":
 # alias); the Department of Justice ("the Department's first challenge", 'The Department filed suit': alias
 # 'Department'); California (Location); Joel I. Klein; the Antitrust Division; the U.S. District Court (a court ->
 # Organization). Not annotated: 'the combined Pacific/Enova' (the merged firm, not yet in being: no entity;
 # **doubtful**: a reader may add it as an alias or entity), the two power plants (unnamed), 'the court' (generic), the
 # complaint, the proposed settlement
 entities=[E("Location", "Washington, D.C."),
           E("Company", ENO, "Enova"),
           E("Company", PAC, "Pacific"),
           E("Organization", DOJ, "Department"),
           E("Location", "California"),
           E("Person", JIK),
           E("Organization", ATR),
           E("Organization", "U.S. District Court")],
 # 'said Joel I. Klein, Assistant Attorney General in charge of the Antitrust Division' -> head at the Antitrust
 # Division, current true (the corpus' DOJ texts). **Near-misses**: no officer of Enova or Pacific is named
 roles=[R(JIK, "head", ATR)],
 # 'Enova Corporation has agreed to sell its two largest electric power plants in order to complete its $6 billion
 # merger with Pacific Enterprises' -> nothing: a 'merger' whose text does not say who buys whom (GUIDELINES;
 # **doubtful**: 'its ... merger with Pacific Enterprises' may be read as Enova's deal, and a reader may record
 # acquired(Enova Corporation, Pacific Enterprises)); the sale of the two plants to buyers not named -> nothing
 # (asset sale); the Department's suit 'to block the merger' settled at once -> no blocked-deal relation either;
 # 'Assistant Attorney General in charge of the Antitrust Division' with the Department's settlement ->
 # parentOrganization(Antitrust Division, Department of Justice) (the corpus' DOJ texts). **Near-misses**: "Pacific's
 # natural gas pipeline" (unnamed); 'gas-fired electric plants' (a class)
 relations=[L(ATR, "parentOrganization", DOJ)],
 outages=[],
 # `published` 1998-03-09 (doubtful; see the pool notes): 'today' -> 1998-03-09. Not dates: 'a time when California is
 # restructuring' (no calendar value), '$6 billion'
 dates=[D("today", "1998-03-09")])

# ---- Berkshire Hathaway Energy / Dominion Energy (Questar Pipeline sale abandoned), FTC statement, July 2021 -------
A["us-ftc-statement-berkshire-hathaway-energy-kern-river-dominion-questar-pipeline-abandoned-2021"] = dict(
 # Berkshire Hathaway Energy Company ('Berkshire Hathaway Energy', "Berkshire's": alias); Kern River Gas Transmission
 # Pipeline ('Kern River Pipeline', 'Kern River': alias; a named pipeline -> Location, **doubtful**: the text has it
 # terminate an acquisition, so a reader may take it as Berkshire's pipeline company); Dominion Energy, Inc. ('Dominion
 # Energy', "Dominion's": alias); Questar Pipeline ('Questar' alone: alias; Location, same doubt); the FTC (never
 # written in full in the kept text: named 'FTC'; "the Commission's suit": alias 'Commission'); Holly Vedova; the
 # Bureau of Competition; the Utah Attorney General's Office (Organization); Utah ('central Utah', 'Utah customers':
 # Location); the Rocky Mountain ('the Rocky Mountain production basins': a named region -> Location, **doubtful**: a
 # reader may leave a modifier out). Not annotated: 'FTC staff', 'the interstate pipeline' (generic), 'the parties',
 # the 1995 suit
 entities=[E("Company", BHE, "Berkshire Hathaway Energy", "Berkshire"),
           E("Location", KRP, "Kern River Pipeline", "Kern River"),
           E("Company", DEI, "Dominion Energy", "Dominion"),
           E("Location", QSP, "Questar"),
           E("Organization", "FTC", "Commission"),
           E("Organization", BOC),
           E("Person", HV),
           E("Organization", "Utah Attorney General\u2019s Office"),
           E("Location", "Rocky Mountain"),
           E("Location", "Utah")],
 # 'the FTC Bureau of Competition Acting Director Holly Vedova' -> director at the Bureau of Competition, current true
 # (62g's and 69h's call for 'Acting Director'). **Near-misses**: no officer of Berkshire Hathaway Energy or Dominion
 # Energy is named
 roles=[R(HV, "director", BOC)],
 # 'Kern River Gas Transmission Pipeline has terminated its acquisition of ... Questar Pipeline', 'abandoned the planned
 # $1.7 billion sale of the Questar Pipeline' -> nothing: an abandoned deal (GUIDELINES), and a pipeline's purchase;
 # 'Questar Pipeline attempted to purchase a 50% share in the Kern River Pipeline but the parties abandoned those
 # plans' -> nothing (abandoned; a share); "Berkshire Hathaway Energy Company's Kern River Gas Transmission Pipeline",
 # "Dominion Energy, Inc.'s Questar Pipeline" -> nothing (pipelines are Locations: no relation; **doubtful**: a reader
 # taking them as Companies records parentOrganization(Kern River Gas Transmission Pipeline, Berkshire Hathaway Energy
 # Company) and parentOrganization(Questar Pipeline, Dominion Energy, Inc.)); 'the FTC Bureau of Competition' ->
 # parentOrganization(Bureau of Competition, FTC). **Near-misses**: 'an investigation by FTC staff with the Utah
 # Attorney General's Office' (a joint investigation of two public bodies, not a partnership of firms: no partner)
 relations=[L(BOC, "parentOrganization", "FTC")],
 outages=[],
 # `published` None: only absolute expressions. 'in 1995' -> 1995. Not listed: 'Yesterday' (unresolved). Not dates:
 # 'since then' (unresolved), '$1.7 billion', '50%'
 dates=[D("1995", "1995")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
