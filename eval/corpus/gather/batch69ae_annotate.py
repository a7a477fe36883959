#!/usr/bin/env python3
"""Gold annotations for batch 69ae (session 63, gatherer lane 69ae): two FTC merger texts -- the FTC's statement on
Global Partners LP's amended equity purchase agreement with Gulf Oil Limited Partnership, abandoning Gulf Oil's
petroleum terminal in South Portland, Maine (April 9, 2024; Bureau of Competition Director Henry Liu, the Office of the
Maine Attorney General); the FTC's final order on Tri Star Energy, LLC's proposed acquisition of certain assets from
Hollingsworth Oil Company, Inc., C & H Properties and Ronald L. Hollingsworth, retail fuel assets to Cox Oil Company,
Inc. (press release of August 14, 2020) -- written from the texts alone; newskg was not run on them. Round notes
/tmp/gather69ae/NOTES.md; claims in /work/notes/gather69/CLAIMS.txt.
The split follows the fixed rule: the sorted ids dealt along test, train, dev (batch10_annotate's write_parts):
Global Partners / Gulf Oil -> test, Tri Star / Hollingsworth -> train (as write_parts dealt them; two texts only).
`published` 2024-04-09 and 2020-08-14 (from the store's same-day reports and ftc.gov's own listing; see the pool
notes), so relative expressions resolve against them (GUIDELINES, Dates): 'June' ('first announced in June') in the
Tri Star text -> 2020-06; 'recently' in the Global Partners text -> skipped (GUIDELINES).
Conventions (the FTC merger texts' of batches 16e, 62g, 62m, 63g, 64m, 66a, 67ad, 68a, 68g, 68m, 69h, 69n and 69t,
and the federal lane's): the FTC as 'Federal Trade Commission' with the aliases 'FTC' and 'Commission' where the text
writes them alone or as a modifier; 'FTC Bureau of Competition Director Henry Liu' -> director at the Bureau, current
true, the Bureau an Organization with parentOrganization the FTC (63g, 66a, 68a, 68g, 69h, 69n, 69t); 'Commissioners
Rebecca Kelly Slaughter and Christine S. Wilson' -> other at the FTC, current true (GUIDELINES, Roles: 'Commissioners,
staff attorneys -> other'); a purchase of assets (a terminal, retail fuel outlets and 'certain assets') -> no
acquired relation (GUIDELINES: asset purchases -> nothing); a state office named ('the Office of the Maine Attorney
General') -> Organization; 'X-based' -> Location X (a seat: no relation); states, cities and towns named -> Location;
orders, complaints, votes, amounts and durations ('within 10 days') -> not annotated.
usage: batch69ae_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather69ae/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

FTC = "Federal Trade Commission"
BOC = "Bureau of Competition"
HL = "Henry Liu"
GP = "Global Partners LP"
GO = "Gulf Oil Limited Partnership"
MAG = "Office of the Maine Attorney General"
TS = "Tri Star Energy, LLC"
HOC = "Hollingsworth Oil Company, Inc."
CHP = "C & H Properties"
RLH = "Ronald L. Hollingsworth"
COX = "Cox Oil Company, Inc."
A = {}

# ---- Global Partners LP / Gulf Oil Limited Partnership, FTC statement, April 9, 2024 ---------------------------------
A["us-ftc-global-partners-gulf-oil-south-portland-terminal-abandoned-2024"] = dict(
 # The Federal Trade Commission (once in full; 'FTC Bureau of Competition Director', 'The FTC is pleased', 'the FTC
 # staff': alias 'FTC'; 'Commission' is not written alone); Global Partners LP ('Global Partners' twice: alias); Gulf
 # Oil Limited Partnership ("Gulf Oil's petroleum terminal", "Gulf Oil's terminal": alias 'Gulf Oil'); the Office of the
 # Maine Attorney General (twice -> Organization, a state office, named as written; the Attorney General is unnamed);
 # Henry Liu (once); the Bureau of Competition ('FTC Bureau of Competition Director' -> Organization); South Portland,
 # Maine and Portland ('in South Portland, Maine' twice, 'in and around the Portland area' -> three Locations; 'Maine'
 # also inside the Office's name). Not annotated: the petroleum terminal (an unnamed asset); the equity purchase
 # agreement and its amendment (a contract); 'heating oil and diesel fuel' (product classes); 'consumers' (a class)
 entities=[E("Organization", FTC, "FTC"),
           E("Company", GP, "Global Partners"),
           E("Company", GO, "Gulf Oil"),
           E("Organization", MAG),
           E("Person", HL),
           E("Organization", BOC),
           E("Location", "South Portland"),
           E("Location", "Maine"),
           E("Location", "Portland")],
 # 'FTC Bureau of Competition Director Henry Liu' -> director at the Bureau of Competition, current true (69n's and
 # 69t's call). **Near-misses**: no officer of Global Partners or Gulf Oil is named; the Maine Attorney General unnamed
 roles=[R(HL, "director", BOC)],
 # 'FTC Bureau of Competition' -> parentOrganization(Bureau of Competition, Federal Trade Commission). **Near-misses**:
 # 'its equity purchase agreement with Gulf Oil Limited Partnership' (Gulf Oil the counterparty; what the revised
 # agreement buys -- the other terminals -- is not said in the kept text, and nothing is said to have closed: no
 # acquired -- **doubtful**: a reader may take 'equity purchase agreement with Gulf Oil' as Global Partners buying Gulf
 # Oil, but a purchase agreement *with* a seller does not name the target); 'Global Partners has abandoned its proposed
 # acquisition of Gulf Oil's petroleum terminal' (an asset, abandoned: nothing); 'to the Office of the Maine Attorney
 # General for their partnership throughout the investigation' (a regulator's joint investigation with a state office:
 # no partner, as 69t's Amgen 'state partners' -- **doubtful**: the text writes 'partnership')
 relations=[L(BOC, "parentOrganization", FTC)],
 outages=[],
 # `published` 2024-04-09. Not dates: 'recently' (GUIDELINES: skip); no other time expression in the kept text
 dates=[])

# ---- Tri Star Energy, LLC / Hollingsworth Oil Company, Inc. (Cox Oil Company, Inc.), FTC press release, August 14, 2020
A["us-ftc-tri-star-energy-hollingsworth-final-order-cox-oil-2020"] = dict(
 # The Federal Trade Commission (once in full; 'The Commission vote': alias 'Commission'; 'FTC' not in the kept text);
 # Tri Star Energy, LLC ('Tri Star' four times: alias); Hollingsworth Oil Company, Inc. (the collective
 # '"Hollingsworth"' for it, C & H Properties and Ronald L. Hollingsworth, then 'Hollingsworth, based in Springfield'
 # and 'Tri Star and Hollingsworth': alias 'Hollingsworth' on the oil company, the one business of the three that
 # operates fuel outlets -- **doubtful**: the text defines 'Hollingsworth' as all three sellers together, and a reader
 # may give the alias to none of them); C & H Properties (Company: a seller of assets, a business); Ronald L.
 # Hollingsworth (Person, no post); Cox Oil Company, Inc. (Company, the divestiture buyer); Rebecca Kelly Slaughter and
 # Christine S. Wilson (Persons, 'Commissioners'); Nashville, Tennessee, Springfield, Whites Creek and Greenbrier
 # (Locations; 'a Nashville, Tennessee-based energy company' -> Nashville and Tennessee, 'middle Tennessee' -> Tennessee
 # already listed). Not annotated: fuel outlets, convenience stores, retail fuel assets (unnamed assets); the final
 # order, the complaint and the vote '3-0-2'; 'four states' (unnamed)
 entities=[E("Organization", FTC, "Commission"),
           E("Company", TS, "Tri Star"),
           E("Company", HOC, "Hollingsworth"),
           E("Company", CHP),
           E("Person", RLH),
           E("Company", COX),
           E("Person", "Rebecca Kelly Slaughter"),
           E("Person", "Christine S. Wilson"),
           E("Location", "Nashville"),
           E("Location", "Tennessee"),
           E("Location", "Springfield"),
           E("Location", "Whites Creek"),
           E("Location", "Greenbrier")],
 # 'Commissioners Rebecca Kelly Slaughter and Christine S. Wilson did not participate' -> other at the Federal Trade
 # Commission, current true (GUIDELINES, Roles: Commissioners -> other; not participating in a vote is no leaving).
 # **Near-misses**: Ronald L. Hollingsworth is a seller with no post named; no officer of Tri Star or Cox Oil is named
 roles=[R("Rebecca Kelly Slaughter", "other", FTC),
        R("Christine S. Wilson", "other", FTC)],
 # **Near-misses**: "Tri Star Energy, LLC's proposed acquisition of certain assets from Hollingsworth Oil Company, Inc.,
 # C & H Properties, and Ronald L. Hollingsworth" (an asset purchase: no acquired -- GUIDELINES: asset purchases ->
 # nothing); 'Tri Star is required to divest to Cox Oil Company, Inc. retail fuel assets' (an asset sale: nothing);
 # 'Nashville, Tennessee-based', 'based in Springfield, Tennessee' (seats: no relation type); no Bureau named, so no
 # Bureau link
 relations=[],
 outages=[],
 # `published` 2020-08-14: 'June' ('which was first announced in June') -> 2020-06 (the June before the August
 # release). Not dates: 'within 10 days after completing the acquisition' (a duration from an undated event)
 dates=[D("June", "2020-06")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
