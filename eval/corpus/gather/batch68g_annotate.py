#!/usr/bin/env python3
"""Gold annotations for batch 68g (session 62, gatherer lane 68g): three FTC merger texts -- the FTC's proposed consent
order on the proposed merger of BP Amoco p.l.c. and Atlantic Richfield Company (ARCO), with ARCO's Alaska North Slope
assets to Phillips Petroleum Company (press release of April 13, 2000); the FTC's final order over Danaher
Corporation's acquisition of GE Biopharma, with the divestiture to Sartorius AG (press release of May 2020, day
unknown); the FTC's proposed consent over Rohm & Haas Company's purchase of Morton International, Inc. (press release
of April 1999, day unknown) -- written from the texts alone; newskg was not run on them. Round notes
/tmp/gather69g/NOTES.md; claims in /work/notes/gather69/CLAIMS.txt.
The split follows the fixed rule: the sorted ids dealt along test, train, dev (batch10_annotate's write_parts):
BP Amoco / ARCO -> test, Danaher / GE Biopharma -> train, Rohm & Haas / Morton -> dev (as write_parts dealt them).
BP Amoco / ARCO has `published` 2000-04-13 (its time expressions are durations: no dates); Danaher / GE Biopharma and
Rohm & Haas / Morton have `published` None (no day in the stored texts or in the store), so only absolute time
expressions are dates (GUIDELINES, Dates): they have none ('today' in the Rohm & Haas text is not resolved).
Conventions (the FTC merger texts' of batches 16e, 16i, 62m, 63a, 63g, 64a, 64g, 64m, 65a, 65r, 66a, 67a, 67g, 67l,
67r, 67v, 67ad and 68a, and the federal lane's; looked up in GATHERING.md, GUIDELINES.md and the gather scripts): the
FTC as 'Federal Trade Commission' with the aliases 'FTC' and 'Commission' where the text writes them alone or as a
modifier ("the FTC's Bureau", "the FTC's complaint", 'Commission-approved purchaser', 'The Commission vote'), not from
inside a law's name ('the Federal Trade Commission Act'); "Director of the FTC's Bureau of Competition" -> director
at the Bureau, current true, the Bureau an Organization with parentOrganization the FTC (63g, 66a, 67ad, 68a);
'Commissioner X' -> other at the FTC, current true (GUIDELINES: Commissioners -> other; voting no or not participating
is no leaving; 67ad); an agreed acquisition the FTC lets through on conditions -> acquired only (batch 16e's rule, as
68a's MacDermid -> Polyfibron; Danaher -> GE Biopharma, Rohm & Haas -> Morton); a 'merger' of two companies where the
text does not say who buys whom -> nothing, even where one of them must sell the other's assets (GUIDELINES; 62m's
Valero / Ultramar: BP Amoco / ARCO); divestitures of assets or businesses to a named buyer (ARCO's North Slope assets
to Phillips, the products' rights and assets to Sartorius) -> nothing (GUIDELINES: asset purchases); rivals ('direct
competition between Rohm & Haas and Morton') -> no partner; a named pipeline -> Location (the corpus' Dixie Pipeline,
Keystone Oil Pipeline, Two Rivers Pipeline: named facilities); states, cities, countries and regions named ('Alaska',
'Cushing', 'Oklahoma', 'Germany', 'the West Coast', 'the Alaskan North Slope', 'North America') -> Location,
'North American' as an adjective not; a staff contact named with a unit and no post (Danaher's 'Lisa DeMarchi Sleigh,
Bureau of Competition') -- left out with the contact lines; product classes, orders, complaints, laws, amounts, vote
tallies ('3-1-1'), file numbers and durations ('within 30 days', 'within four months') -> not annotated.
usage: batch68g_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather69g/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

FTC = "Federal Trade Commission"
BOC = "Bureau of Competition"
BPA = "BP Amoco p.l.c."
ARC = "Atlantic Richfield Company"
PHI = "Phillips Petroleum Company"
RP = "Richard Parker"
ANS = "Alaskan North Slope"
TAPS = "Trans-Alaska Pipeline System"
DAN = "Danaher Corporation"
GEB = "GE Biopharma"
SAR = "Sartorius AG"
RC = "Rohit Chopra"
RKS = "Rebecca Kelly Slaughter"
RAH = "Rohm & Haas Company"
MOR = "Morton International, Inc."
A = {}

# ---- BP Amoco p.l.c. / Atlantic Richfield Company (ARCO), FTC press release, April 13, 2000 ---------------------------
A["us-ftc-bp-amoco-atlantic-richfield-consent-order-alaska-phillips-2000"] = dict(
 # The Federal Trade Commission (once in full, 'The Federal Trade Commission has accepted'; 'another Commission-
 # approved purchaser', 'led the Commission to seek', 'the Commission achieved', "the Commission's complaint": alias
 # 'Commission'; "the FTC's Bureau of Competition": alias 'FTC'; not from 'the Federal Trade Commission Act'); BP Amoco
 # p.l.c. ('(BP Amoco)': alias); Atlantic Richfield Company ('(ARCO)': alias; "ARCO's assets", 'ARCO assets'); Phillips
 # Petroleum Company ('(Phillips)': alias); Richard Parker (once); the Bureau of Competition ("the FTC's Bureau of
 # Competition" -> Organization); Alaska ("Alaska's North Slope" -> Location, the state); the Alaskan North Slope (the
 # region: "Alaska's North Slope (ANS)", 'the Alaskan North Slope' twice -> one Location, 'North Slope' and 'ANS' as
 # aliases; 'ANS crude oil' uses the abbreviation -- **doubtful**: a reader may name it 'North Slope', as 66l's
 # text, or leave 'ANS' out as a modifier of a crude grade); Cushing and Oklahoma ('its Cushing, Oklahoma crude oil
 # business', 'crude oil storage in, Cushing, Oklahoma' -> two Locations); the West Coast ('targeted West Coast
 # refiners', 'all crude oil used on the West Coast' -> Location, as the corpus' 'West Coast'); the Trans-Alaska
 # Pipeline System ('(TAPS)': alias; a named pipeline -> Location, as the corpus' Dixie and Keystone pipelines --
 # **doubtful**: a reader may type it Service, a transport service sold 'on' it, or leave it out). Not annotated: the
 # Clayton Act and the Federal Trade Commission Act (laws); 'the defendants' (unnamed); 'targeted West Coast refiners'
 # (unnamed); 'another Commission-approved purchaser' (unnamed); crude oil, natural gas, exploration rights (classes);
 # '$27 billion' (an amount); the consent order, the preliminary injunction and the complaint (a regulator's action)
 entities=[E("Organization", FTC, "Commission", "FTC"),
           E("Company", BPA, "BP Amoco"),
           E("Company", ARC, "ARCO"),
           E("Location", "Alaska"),
           E("Location", ANS, "North Slope", "ANS"),
           E("Company", PHI, "Phillips"),
           E("Location", "Cushing"),
           E("Location", "Oklahoma"),
           E("Person", RP),
           E("Organization", BOC),
           E("Location", "West Coast"),
           E("Location", TAPS, "TAPS")],
 # "said Richard Parker, Director of the FTC's Bureau of Competition" -> director at the Bureau of Competition, current
 # true. **Near-misses**: no officer of BP Amoco, ARCO or Phillips is named
 roles=[R(RP, "director", BOC)],
 # "the FTC's Bureau of Competition" -> parentOrganization(Bureau of Competition, Federal Trade Commission).
 # **Near-misses**: 'the proposed $27 billion merger of BP Amoco p.l.c. (BP Amoco) and Atlantic Richfield Company
 # (ARCO)' never says who buys whom -> no acquired (GUIDELINES: a merger naming no buyer -> nothing; 62m's Valero /
 # Ultramar -- **doubtful**: 'BP Amoco would be required to divest all of ARCO's assets' lets a reader infer that BP
 # Amoco takes ARCO over and write acquired(BP Amoco p.l.c., Atlantic Richfield Company), agreed, not completed);
 # 'divest all of ARCO's assets relating to oil production on Alaska's North Slope (ANS) to Phillips Petroleum Company
 # (Phillips) or another Commission-approved purchaser' (an asset sale, and the buyer not yet fixed: nothing); 'all
 # ARCO assets related to its Cushing, Oklahoma crude oil business' (assets to an unnamed buyer: nothing); 'the sale
 # of crude oil transportation on the Trans-Alaska Pipeline System' (no owner named: no relation to the pipeline); the
 # consent order, the preliminary injunction and the complaint (a regulator's action: nothing)
 relations=[L(BOC, "parentOrganization", FTC)],
 outages=[],
 # `published` 2000-04-13: no date. Not dates: 'within 30 days', 'within four months' (durations); 'initially' (no
 # calendar value)
 dates=[])

# ---- Danaher Corporation / GE Biopharma (Sartorius AG), FTC press release, May 2020 (`published` None) ----------------
A["us-ftc-danaher-ge-biopharma-final-order-sartorius-2020"] = dict(
 # The Federal Trade Commission (once in full; 'The Commission vote': alias 'Commission'; 'FTC' is not in the kept
 # text); Danaher Corporation ("Danaher Corporation's": alias 'Danaher'); GE Biopharma ('acquisition of GE Biopharma'
 # -> Company: a business that is bought, named as written; General Electric is not named); Sartorius AG (alias
 # 'Sartorius': 'Sartorius provides bioprocessing equipment'); Germany ('Based in Germany' -> Location); Rohit Chopra
 # and Rebecca Kelly Slaughter ('Commissioner Rohit Chopra', 'Commissioner Rebecca Kelly Slaughter': each once, as
 # written). Not annotated: 'biopharmaceutical companies' and 'the life sciences industry' (unnamed, classes); the
 # microcarrier beads, chromatography columns, skids, resins and systems, filtration systems and characterization
 # instruments (product classes, no brand named); '3-1-1' (a vote tally); the final order (a regulator's action)
 entities=[E("Organization", FTC, "Commission"),
           E("Company", DAN, "Danaher"),
           E("Company", GEB),
           E("Company", SAR, "Sartorius"),
           E("Location", "Germany"),
           E("Person", RC),
           E("Person", RKS)],
 # 'with Commissioner Rohit Chopra voting no and Commissioner Rebecca Kelly Slaughter not participating' -> other at
 # the FTC for each, current true (GUIDELINES: Commissioners -> other; 67ad's Commissioners Anthony and Swindle).
 # **Near-misses**: no officer of Danaher, GE Biopharma or Sartorius is named; the staff contact 'Lisa DeMarchi
 # Sleigh', 'Bureau of Competition' is in the contact lines left out of the text (not annotated)
 roles=[R(RC, "other", FTC),
        R(RKS, "other", FTC)],
 # "a final order settling charges that Danaher Corporation's acquisition of GE Biopharma would likely reduce
 # competition" with 'Danaher is divesting to Sartorius AG ...' (the deal goes ahead on the FTC's conditions) ->
 # acquired(Danaher Corporation, GE Biopharma) (batch 16e's rule, as 68a's MacDermid -> Polyfibron; the text does not
 # say the acquisition was completed, so no parentOrganization -- **doubtful**: a reader may hold 'would likely reduce
 # competition' to a deal not yet done and still take it as agreed, as here, or read the final order as after the
 # closing and add parentOrganization(GE Biopharma, Danaher Corporation)). **Near-misses**: 'Danaher is divesting to
 # Sartorius AG all rights and assets to research, develop, manufacture, market, and sell these products' (an asset
 # sale of rights and assets, no company bought: nothing); 'Based in Germany, Sartorius' (a seat: no relation type); the final order and the vote (a regulator's action: nothing)
 relations=[L(DAN, "acquired", GEB)],
 outages=[],
 # `published` None (the release's day is not known): the kept text holds no time expression -> no dates. Not dates:
 # 'Following a public comment period' (no calendar value), '3-1-1' (a vote tally)
 dates=[])

# ---- Rohm & Haas Company / Morton International, Inc., FTC press release, April 1999 (`published` None) --------------
A["us-ftc-rohm-haas-morton-international-proposed-consent-floor-care-polymers-1999"] = dict(
 # The Federal Trade Commission (once in full; "the FTC's competitive concerns", "the FTC's complaint": alias 'FTC';
 # 'Commission' is not written alone); Rohm & Haas Company ('Rohm & Haas' twice: alias); Morton International, Inc.
 # ('Morton' three times: alias); North America ('the water-based floor care polymers market in North America' ->
 # Location, the region). Not annotated: 'North American' ('the North American market': an adjective, as 68a's
 # MacDermid text); water-based floor care polymers, acrylic water-based polymers, floor care products, polishes (product
 # classes); 'product formulators', 'industrial and institutional users', 'factories, schools and retail stores',
 # 'purchasers' (unnamed, classes); the proposed consent and the complaint (a regulator's action)
 entities=[E("Organization", FTC, "FTC"),
           E("Company", RAH, "Rohm & Haas"),
           E("Company", MOR, "Morton"),
           E("Location", "North America")],
 # No person is named in the kept text (no FTC official, no officer of Rohm & Haas or Morton)
 roles=[],
 # 'Rohm & Haas Company will be required to divest certain assets it would acquire in its purchase of Morton
 # International, Inc.' with 'the acquisition of Morton' -> acquired(Rohm & Haas Company, Morton International, Inc.)
 # (an agreed purchase the FTC lets through on conditions: batch 16e's rule, as 68a's MacDermid -> Polyfibron; not yet
 # completed ('would acquire'), so no parentOrganization -- **doubtful**: a reader may hold a purchase under review
 # short of a stated agreement). **Near-misses**: the divestiture of 'certain assets' (no buyer named: nothing);
 # 'with Rohm & Haas and Morton each controlling a significant share of the market' and 'eliminating direct
 # competition between Rohm & Haas and Morton' (rivals: no partner); the proposed consent and the complaint (a
 # regulator's action: nothing)
 relations=[L(RAH, "acquired", MOR)],
 outages=[],
 # `published` None (the release's day is not known): 'a proposed consent announced for public comment today' is not
 # resolved, and the kept text holds no absolute time expression -> no dates
 dates=[])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
