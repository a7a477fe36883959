#!/usr/bin/env python3
"""Gold annotations for batch 70h (session 64, gatherer lane 70h): three FTC merger texts -- the FTC's final approval
of its consent agreement with Eli Lilly and Company over its acquisition of McKesson Corporation's PCS Health Systems,
Inc. (press release of July 1995, day unknown; Merck & Company / Medco Containment Services, SmithKline Beecham P.L.C.
/ Diversified Pharmaceutical Services); the FTC's hold separate agreement with Mahle GmbH over its unreported purchase
of a controlling interest in Metal Leve S.A. (press release of September 1996, day unknown; Mahle, Inc. and Metal
Leve, Inc.); Autodesk, Inc.'s settlement over its acquisition of Softdesk, Inc., whose CAD engine IntelliCADD was
divested to Boomerang Technology, Inc. (press release of March 1997, day unknown; Autodesk's AutoCAD) -- written from
the texts alone; newskg was not run on them. Round notes /tmp/gather70h/NOTES.md; claims in
/work/notes/gather70/CLAIMS.txt.
The split follows the fixed rule: the sorted ids dealt along test, train, dev (batch10_annotate's write_parts):
Autodesk / Softdesk -> test, Eli Lilly / PCS -> train, Mahle / Metal Leve -> dev.
`published` None for all three (the addresses give only the month; see the pool notes), so only absolute time
expressions are dated (GUIDELINES, Dates): 'In November 1994' in the Lilly text -> 1994-11; the Mahle text's 'in June',
'on June 11', 'on or before June 26' and 'until July 22' have no year -> not dated; the Autodesk text holds durations
only ('for 10 years', 'within months').
Conventions (the FTC merger texts' of batches 16e, 62g, 62m, 63g, 64m, 66a, 67ad, 68a, 68g, 68m, 69h, 69n, 69t, 69z,
69ae and 70a, and the federal lane's): the FTC as 'Federal Trade Commission' with the aliases 'FTC' and 'Commission'
where the kept text writes them alone; an acquisition the FTC lets proceed under a consent order or settlement, not
said to have closed -> acquired only (16e's rule; 70a's Nortek / NuTone, Medtronic / Avecor); a purchase the text tells
as done ('purchased', 'acquired', 'consummated the deal') -> acquired and parentOrganization (GUIDELINES, Relations;
a controlling interest of 50.1 percent read as a purchase of the company); 'X's ... business, Y' and 'through U.S.
subsidiaries -- A ...; and B ..., respectively' -> parentOrganization (ownership told as past is still recorded); a
divested product ('IntelliCADD ... divested to Boomerang Technology, Inc.') -> nothing (an asset sale); named software
('IntelliCADD', 'AutoCAD') -> Service with provider its maker; 'X is based in / located in Y' -> Location Y (a seat: no
relation); states, cities, countries and 'U.S.' written alone -> Location (the corpus's 'U.S.' entities); the
Department of Justice -> Organization; orders, complaints, laws (the Hart-Scott-Rodino Act), amounts, market shares,
penalties and durations -> not annotated.
usage: batch70h_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather70h/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

FTC = "Federal Trade Commission"
LLY = "Eli Lilly and Company"
MCK = "McKesson Corporation"
PCS = "PCS Health Systems, Inc."
MRK = "Merck & Company"
MED = "Medco Containment Services"
SB = "SmithKline Beecham P.L.C."
DPS = "Diversified Pharmaceutical Services"
MAG = "Mahle GmbH"
MLS = "Metal Leve S.A."
MAI = "Mahle, Inc."
MLI = "Metal Leve, Inc."
DOJ = "Department of Justice"
ADSK = "Autodesk, Inc."
SOFT = "Softdesk, Inc."
BOOM = "Boomerang Technology, Inc."
A = {}

# ---- Eli Lilly and Company / PCS Health Systems, Inc., FTC press release, July 1995 (final approval) --------------
A["us-ftc-eli-lilly-pcs-health-systems-final-consent-open-formulary-1995"] = dict(
 # The Federal Trade Commission (once in full; 'the Commission' three times: alias 'Commission'; 'FTC' is not in the
 # kept text); Eli Lilly and Company (once; 'Lilly' three times, "Lilly's" once: alias); McKesson Corporation ("McKesson
 # Corporation's prescription management business"); PCS Health Systems, Inc. ('PCS' three times: alias); Merck &
 # Company, Medco Containment Services, SmithKline Beecham P.L.C. and Diversified Pharmaceutical Services (each once).
 # Not annotated: the independent 'Pharmacy and Therapeutics (P&T) Committee' (an unnamed committee the order sets up,
 # written with capitals: **doubtful**, a reader may list it as an Organization); pharmaceuticals, pharmacy benefits
 # management (PBM), the open formulary (classes and terms); the consent agreement and the order
 entities=[E("Organization", FTC, "Commission"),
           E("Company", LLY, "Lilly"),
           E("Company", MCK),
           E("Company", PCS, "PCS"),
           E("Company", MRK),
           E("Company", MED),
           E("Company", SB),
           E("Company", DPS)],
 # **Near-misses**: no officer of any company and no FTC official is named
 roles=[],
 # "its $4 billion acquisition of McKesson Corporation's prescription management business, PCS Health Systems, Inc."
 # with "Lilly's acquisition of PCS is the third recent transaction in which a major pharmaceutical company purchased
 # a pharmacy benefit manager" and 'the PBM services Lilly will provide after the acquisition' -> acquired(Eli Lilly
 # and Company, PCS Health Systems, Inc.) and parentOrganization(PCS, Lilly): told as a done purchase --
 # **doubtful**: the release is the FTC's final approval and 'will provide after the acquisition' can be read as the
 # deal still to come (acquired only, 16e's rule); "McKesson Corporation's prescription management business, PCS
 # Health Systems, Inc." -> parentOrganization(PCS, McKesson Corporation) (past ownership is still recorded);
 # 'Merck & Company acquired Medco Containment Services', 'SmithKline Beecham P.L.C. acquired Diversified
 # Pharmaceutical Services' ('In previous transactions': done) -> acquired + parentOrganization each.
 # **Near-misses**: 'its competitors' (unnamed rivals); 'post-acquisition divestitures' (none named)
 relations=[L(LLY, "acquired", PCS),
            L(PCS, "parentOrganization", LLY),
            L(PCS, "parentOrganization", MCK),
            L(MRK, "acquired", MED),
            L(MED, "parentOrganization", MRK),
            L(SB, "acquired", DPS),
            L(DPS, "parentOrganization", SB)],
 outages=[],
 # `published` None: 'In November 1994' (absolute) -> 1994-11. Not dates: 'the third recent transaction', 'In
 # previous transactions' (no calendar value)
 dates=[D("November 1994", "1994-11")])

# ---- Mahle GmbH / Metal Leve S.A. (hold separate agreement), FTC press release, September 1996 ---------------------
A["us-ftc-mahle-metal-leve-hold-separate-agreement-pistons-1996"] = dict(
 # The Federal Trade Commission (once in full; 'the FTC' three times: alias 'FTC'; 'Commission' alone is not in the
 # kept text); Mahle GmbH ('Mahle' three times alone: alias; 'the German firm' -- Germany is not named); Metal Leve S.A.
 # (twice; 'Metal Leve' is not written alone); Mahle, Inc. and Metal Leve, Inc. (the US subsidiaries); Brazil ('of
 # Brazil'); 'U.S.' ('U.S. antitrust review', 'U.S. subsidiaries', 'U.S. antitrust laws': Location 'U.S.', the
 # corpus's form where 'United States' is not written); Morristown, Tennessee, Ann Arbor, Michigan ('located in',
 # 'based in': Locations); the Department of Justice ('the FTC and the Department of Justice' -> Organization). Not
 # annotated: the Hart-Scott-Rodino Act (HSR Act: a law); diesel engine parts, pistons (product classes); the hold
 # separate agreement and the purchase agreement
 entities=[E("Organization", FTC, "FTC"),
           E("Company", MAG, "Mahle"),
           E("Company", MLS),
           E("Company", MAI),
           E("Company", MLI),
           E("Organization", DOJ),
           E("Location", "Brazil"),
           E("Location", "U.S."),
           E("Location", "Morristown"),
           E("Location", "Tennessee"),
           E("Location", "Ann Arbor"),
           E("Location", "Michigan")],
 # **Near-misses**: no officer of either firm and no FTC or Justice Department official is named
 roles=[],
 # 'Metal Leve S.A., of Brazil, in which Mahle acquired a controlling interest in June', 'Mahle entered into a purchase
 # agreement to acquire 50.1 percent of Metal Leve S.A. ... and consummated the deal' -> acquired(Mahle GmbH, Metal
 # Leve S.A.) and parentOrganization(Metal Leve S.A., Mahle GmbH): a controlling stake bought and closed --
 # **doubtful**: the hold separate agreement bars Mahle from 'exercising any control' over Metal Leve, and a stake of
 # 50.1 percent may be read as no purchase of the company (a reader may give acquired only, or nothing); 'Both firms
 # manufacture diesel engine parts, including pistons, through U.S. subsidiaries -- Mahle, Inc., ...; and Metal Leve,
 # Inc., ..., respectively' -> parentOrganization(Mahle, Inc., Mahle GmbH) and parentOrganization(Metal Leve, Inc.,
 # Metal Leve S.A.). **Near-misses**: 'its competitor, Metal Leve S.A.' (rivals: no relation type); the FTC and the
 # Department of Justice ('one of the two agencies': no relation between them)
 relations=[L(MAG, "acquired", MLS),
            L(MLS, "parentOrganization", MAG),
            L(MAI, "parentOrganization", MAG),
            L(MLI, "parentOrganization", MLS)],
 outages=[],
 # `published` None. Not dates: 'in June', 'on June 11', 'on or before June 26', 'until July 22' (day and month
 # without a year; the year 1996 only from the address -- GUIDELINES: with `published` null, absolute expressions
 # only); '$10,000 per day' (a rate)
 dates=[])

# ---- Autodesk, Inc. / Softdesk, Inc. (IntelliCADD to Boomerang Technology, Inc.), FTC press release, March 1997 -----
A["us-ftc-autodesk-softdesk-intellicadd-boomerang-settlement-1997"] = dict(
 # The Federal Trade Commission (twice in full; 'the FTC', 'the FTC charges', 'the FTC complaint': alias 'FTC';
 # 'Commission' is not written alone); Autodesk, Inc. ('Autodesk' six times alone: alias); Softdesk, Inc. ('Softdesk' five
 # times alone: alias); Boomerang Technology, Inc. ('Boomerang is based in': alias 'Boomerang'); IntelliCADD (a CAD engine:
 # software -> Service; 'the IntelliCadd technology' once in another case, not listed as a second alias: the same
 # letters); AutoCAD (Autodesk's design engine -> Service); San Rafael, California, Henniker, New Hampshire and LaMesa
 # (seats -> Locations; 'California' twice). Not annotated: Windows ('Windows-based computers', 'Windows-based personal
 # computers', 'Windows-based CAD engines': a product named only as a modifier, its maker not named -- **doubtful**, a
 # reader may list it as a Service); CAD engines, CAD application software (classes); the complaint, the settlement
 entities=[E("Organization", FTC, "FTC"),
           E("Company", ADSK, "Autodesk"),
           E("Company", SOFT, "Softdesk"),
           E("Company", BOOM, "Boomerang"),
           E("Service", "IntelliCADD"),
           E("Service", "AutoCAD"),
           E("Location", "San Rafael"),
           E("Location", "California"),
           E("Location", "Henniker"),
           E("Location", "New Hampshire"),
           E("Location", "LaMesa")],
 # **Near-misses**: no officer of Autodesk, Softdesk or Boomerang and no FTC official is named
 roles=[],
 # 'Autodesk, Inc., has agreed to settle Federal Trade Commission charges that its $90 million acquisition of Softdesk,
 # Inc., as originally proposed, would have ...' -> acquired(Autodesk, Inc., Softdesk, Inc.) only: a deal the
 # settlement lets through, not said to have closed (16e's rule; 70a's Nortek / NuTone); 'Autodesk develops and markets
 # computer-aided design software ..., including "AutoCAD,"' -> provider(AutoCAD, Autodesk, Inc.); 'its own CAD engine,
 # "IntelliCADD,"', 'The Softdesk product, IntelliCADD' -> provider(IntelliCADD, Softdesk, Inc.) -- **doubtful**: the
 # engine 'has now divested to Boomerang Technology, Inc.', so a reader may give Boomerang as its provider (or both).
 # **Near-misses**: the divestiture of IntelliCADD to Boomerang Technology, Inc. (a product / asset sale: no acquired
 # -- GUIDELINES: asset purchases); 'barred from reacquiring "IntelliCADD" or any entity that owns or controls' it (a
 # bar on a future deal: nothing); Autodesk and Softdesk as competitors (no relation type)
 relations=[L(ADSK, "acquired", SOFT),
            L("AutoCAD", "provider", ADSK),
            L("IntelliCADD", "provider", SOFT)],
 outages=[],
 # `published` None. Not dates: 'for 10 years', 'within months' (durations); 'when the Autodesk acquisition of
 # Softdesk was announced' (no calendar value in the text)
 dates=[])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
