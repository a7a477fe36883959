#!/usr/bin/env python3
"""Gold annotations for batch 71h (session 65, gatherer lane 71h): three US FTC merger texts -- the FTC's proposed
consent order permitting INA-Holding Schaeffler KG to complete its acquisition of FAG Kugelfischer Georg Schafer AG,
FAG's cartridge ball screw support bearing business to go to Aktiebolaget SKF (press release of December 2001, day
unknown; Joseph J. Simons, Director of the FTC's Bureau of Competition); the FTC's proposed consent order on Manheim
Auctions, Inc.'s (owned by Cox Enterprises, Inc.) acquisition of ADT Automotive Holdings, Inc. (a subsidiary of Tyco
International, Inc.) with nine auctions divested (press release of October 2000, day unknown); the FTC's authorization
of a suit to block Deutsche Gelatine-Fabriken Stoess AG's proposed acquisition of Leiner Davis Gelatin Corporation (a
subsidiary of Goodman Fielder) and Goodman Fielder USA, Inc. (press release of January 2002, day unknown; Joseph J.
Simons, FTC Bureau of Competition Director) -- written from the texts alone; newskg was not run on them. Round notes
/tmp/gather71h/NOTES.md; claims in /work/notes/gather71/CLAIMS.txt.
The split follows the fixed rule: the sorted ids dealt along test, train, dev (batch10_annotate's write_parts):
DGF Stoess / Leiner Davis -> test, INA / FAG -> train, Manheim / ADT -> dev.
`published` None for all three (see the pool notes), so only absolute expressions are listed ('today' left
unresolved): 'September 13, 2001' (INA) and '1999' (Manheim).
Conventions (the FTC merger texts' of batches 16e, 62g, 62m, 63g, 64m, 66a, 67ad, 68a, 68g, 68m, 69h, 69m, 69n, 69t,
69z, 69ae, 70a, 70h, 70n, 70t, 70z, 70af and 71a): the FTC as 'Federal Trade Commission' with the aliases 'FTC' and
'Commission' where the text writes them alone or as a modifier ("the FTC's Bureau of Competition", "FTC Bureau of
Competition Director", "the Commission's complaint"), not from inside a law's name ('the FTC Act', 68a); 'X, Director
of the FTC's Bureau of Competition' and 'FTC Bureau of Competition Director X' -> director at the Bureau, current true,
the Bureau an Organization with parentOrganization the FTC; an acquisition the FTC lets proceed under a consent order,
not said to have closed -> acquired only (16e's rule; 70a, 70h, 70n, 70t, 71a); a deal the FTC moves to block -> nothing
(GUIDELINES: blocked deals; 69m's Conso / McCall, 70t's MEDIQ / UHS, 71a's Equitable / Dominion Peoples); 'Y, a
subsidiary of X', 'X's principal subsidiary, Y', 'Y, owned by X' -> parentOrganization(Y, X); a divestiture of a
business or of auctions to a named or unnamed buyer -> nothing (GUIDELINES: asset purchases); a prior-notice duty for
any future joint venture -> nothing (no partnership stated); 'X, headquartered in / based in Y', 'with its headquarters
in Y' -> Location Y (a seat: no relation); countries, states, cities and regions named -> Location ('U.S.' an alias of
'United States' where both are written); orders, complaints, injunctions, laws (the Clayton Act, the FTC Act), amounts,
market shares and product classes (CBSSBs, ball and roller bearings, wholesale motor vehicle auctions, gelatin) -> not
annotated.
usage: batch71h_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather71h/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

FTC = "Federal Trade Commission"
BOC = "Bureau of Competition"
JJS = "Joseph J. Simons"
INA = "INA-Holding Schaeffler KG"
FAG = "FAG Kugelfischer Georg Schafer AG"
SKF = "Aktiebolaget SKF"
NTN = "NTN Corporation"
BAR = "Barden Corporation"
MAN = "Manheim Auctions, Inc."
ADT = "ADT Automotive Holdings, Inc."
COX = "Cox Enterprises, Inc."
TYC = "Tyco International, Inc."
DGF = "Deutsche Gelatine-Fabriken Stoess AG"
LDG = "Leiner Davis Gelatin Corporation"
GFU = "Goodman Fielder USA, Inc."
GFL = "Goodman Fielder"
A = {}

# ---- INA-Holding Schaeffler KG / FAG Kugelfischer Georg Schafer AG (bearings), FTC press release, December 2001 -----
A["us-ftc-ina-holding-schaeffler-fag-kugelfischer-consent-order-cbssb-skf-divestiture-2001"] = dict(
 # The Federal Trade Commission (once in full; 'prior notice to the Commission': alias 'Commission'; "the FTC's Bureau
 # of Competition": alias 'FTC'); INA-Holding Schaeffler KG ('(INA)', 'INA' alone, "INA's": alias); FAG Kugelfischer
 # Georg Schafer AG ('(FAG)', 'FAG' alone, "FAG's": alias); Aktiebolaget SKF ('(SKF)', 'SKF' alone: alias); NTN
 # Corporation ('NTN Corporation of Japan (NTN)': alias 'NTN'); Japan, North America (a region: 'joint venture activity
 # related to North America'), Herzogenaurach, Germany, the United States, Fort Mill, South Carolina, Schweinfurt,
 # Danbury, Connecticut, Goteborg, Sweden (Locations); Barden Corporation (Company); Joseph J. Simons; the Bureau of
 # Competition. Not annotated: FAG's CBSSB business (a business, unnamed as a company), "INA's principal subsidiary in
 # the United States" (unnamed), the proposed consent order, the tender offer, CBSSBs and ball and roller bearings
 # (product classes); 'German', 'Swedish' (adjectives)
 entities=[E("Organization", FTC, "Commission", "FTC"),
           E("Company", INA, "INA"),
           E("Company", FAG, "FAG"),
           E("Company", SKF, "SKF"),
           E("Company", NTN, "NTN"),
           E("Location", "Japan"),
           E("Location", "North America"),
           E("Person", JJS),
           E("Organization", BOC),
           E("Location", "Herzogenaurach"),
           E("Location", "Germany"),
           E("Location", "United States"),
           E("Location", "Fort Mill"),
           E("Location", "South Carolina"),
           E("Location", "Schweinfurt"),
           E("Company", BAR),
           E("Location", "Danbury"),
           E("Location", "Connecticut"),
           E("Location", "Goteborg"),
           E("Location", "Sweden")],
 # "said Joseph J. Simons, Director of the FTC's Bureau of Competition" -> director at the Bureau of Competition,
 # current true. **Near-misses**: no officer of INA, FAG, SKF or NTN is named
 roles=[R(JJS, "director", BOC)],
 # 'a proposed consent order ... that will permit INA to complete its acquisition of FAG' (with 'INA announced a cash
 # tender offer to acquire all of the issued and outstanding shares of FAG') -> acquired(INA-Holding Schaeffler KG, FAG
 # Kugelfischer Georg Schafer AG): an acquisition the FTC lets proceed, not said to have closed ('the date on which INA
 # begins its acquisition of FAG' is still ahead) -> acquired only (16e's rule; **doubtful**: a tender offer, which a
 # reader may rank with offers and bids (GUIDELINES: nothing); the consent order permitting it to be completed is read
 # as an agreed deal); "FAG's principle subsidiary in the United States, Barden Corporation" ->
 # parentOrganization(Barden Corporation, FAG Kugelfischer Georg Schafer AG); "the FTC's Bureau of Competition" ->
 # parentOrganization(Bureau of Competition, Federal Trade Commission). **Near-misses**: "divest FAG's CBSSB business
 # to Aktiebolaget SKF" (a business, an asset sale: nothing); 'prior notice ... before entering into any joint venture
 # activity ... with NTN Corporation' (a possible future venture: no partner); 'SKF will replace FAG as a competitor'
 # (rivals: no relation type); the unnamed US subsidiary of INA (nothing)
 relations=[L(INA, "acquired", FAG),
            L(BAR, "parentOrganization", FAG),
            L(BOC, "parentOrganization", FTC)],
 outages=[],
 # `published` None: 'today' left unresolved; 'On or about September 13, 2001' -> 2001-09-13 (absolute). Not dates:
 # '20 business days' (a duration)
 dates=[D("September 13, 2001", "2001-09-13")])

# ---- Manheim Auctions, Inc. / ADT Automotive Holdings, Inc. (vehicle auctions), FTC press release, October 2000 ------
A["us-ftc-manheim-auctions-adt-automotive-consent-order-nine-auctions-divest-2000"] = dict(
 # The Federal Trade Commission (once in full; "the Commission's complaint": alias 'Commission'; 'the FTC Act' is a
 # law's name: no alias 'FTC' from it); Manheim Auctions, Inc. ('(Manheim)', 'Manheim' alone, "Manheim's": alias);
 # ADT Automotive Holdings, Inc. ('(ADT)', 'ADT' alone: alias); Phoenix, Arizona, the United States (Locations); Cox
 # Enterprises, Inc.; Tyco International, Inc. Not annotated: the nine auctions (unnamed assets), 'an earlier
 # transaction' (unnamed), the proposed consent order and complaint, the Clayton Act and the FTC Act (laws), wholesale
 # motor vehicle auctions, auto manufacturers and national finance companies (classes)
 entities=[E("Organization", FTC, "Commission"),
           E("Company", MAN, "Manheim"),
           E("Company", ADT, "ADT"),
           E("Location", "Phoenix"),
           E("Location", "Arizona"),
           E("Company", COX),
           E("Company", TYC),
           E("Location", "United States")],
 # No person is named (the stored text holds no quotation): no role
 roles=[],
 # 'a proposed consent order that would resolve the antitrust issues arising from the acquisition by Manheim Auctions,
 # Inc. (Manheim) of ADT Automotive Holdings, Inc. (ADT)' -> acquired(Manheim Auctions, Inc., ADT Automotive Holdings,
 # Inc.): an acquisition the FTC lets proceed under a consent order (the address: 'FTC agreement allows acquisition'),
 # not said to have closed -> acquired only (16e's rule); 'Manheim, owned by Cox Enterprises, Inc.' ->
 # parentOrganization(Manheim Auctions, Inc., Cox Enterprises, Inc.); 'ADT, a subsidiary of Tyco International, Inc.'
 # -> parentOrganization(ADT Automotive Holdings, Inc., Tyco International, Inc.) (the seller's ownership, recorded as
 # stated). **Near-misses**: 'divest nine auctions in seven geographic markets' (assets to unnamed buyers: nothing);
 # 'where Manheim acquired a monopoly through an earlier transaction' (no named target: nothing)
 relations=[L(MAN, "acquired", ADT),
            L(MAN, "parentOrganization", COX),
            L(ADT, "parentOrganization", TYC)],
 outages=[],
 # `published` None: 'today' left unresolved; 'in 1999' (twice, the same value) -> 1999, listed once. Not dates:
 # '65 auctions', '4.1 million vehicles', '28 auctions', '1.3 million vehicles'
 dates=[D("1999", "1999")])

# ---- Deutsche Gelatine-Fabriken Stoess AG / Leiner Davis Gelatin (suit authorized), FTC press release, January 2002 ---
A["us-ftc-dgf-stoess-leiner-davis-goodman-fielder-preliminary-injunction-gelatin-2002"] = dict(
 # The Federal Trade Commission (once in full; 'said FTC Bureau of Competition Director', 'According to the FTC': alias
 # 'FTC'); Leiner Davis Gelatin Corporation ('Leiner Davis Gelatin, a subsidiary of Goodman Fielder', 'Leiner Davis'
 # alone: aliases); Goodman Fielder USA, Inc. (written once); Deutsche Gelatine-Fabriken Stoess AG ('(DGF Stoess)',
 # "DGF Stoess's": alias 'DGF Stoess'); the United States ('in the United States'; 'the U.S. market', 'a U.S. gelatin
 # market': alias 'U.S.'); Joseph J. Simons; the Bureau of Competition; Eberbach, Germany, Sydney, Australia
 # (Locations); Goodman Fielder ('a diversified food products company based in Sydney' -> Company; kept apart from
 # Goodman Fielder USA, Inc., **doubtful**: the text does not say how the two are related). Not annotated: the
 # preliminary injunction, the staff, the gelatin plants (unnamed), the food and pharmaceutical industries (classes),
 # pigskin and beef hide gelatin (a product class)
 entities=[E("Organization", FTC, "FTC"),
           E("Company", LDG, "Leiner Davis Gelatin", "Leiner Davis"),
           E("Company", GFU),
           E("Company", DGF, "DGF Stoess"),
           E("Location", "United States", "U.S."),
           E("Person", JJS),
           E("Organization", BOC),
           E("Location", "Eberbach"),
           E("Location", "Germany"),
           E("Company", GFL),
           E("Location", "Sydney"),
           E("Location", "Australia")],
 # 'said FTC Bureau of Competition Director Joseph J. Simons' -> director at the Bureau of Competition, current true.
 # **Near-misses**: no officer of DGF Stoess, Leiner Davis or Goodman Fielder is named
 roles=[R(JJS, "director", BOC)],
 # 'authorized its staff to seek a preliminary injunction to block the proposed $170 million acquisition of Leiner
 # Davis Gelatin Corporation and Goodman Fielder USA, Inc. by Deutsche Gelatine-Fabriken Stoess AG' -> nothing: a deal
 # the FTC moves to block (GUIDELINES: blocked deals; 71a's Equitable / Dominion Peoples, 70t's MEDIQ / UHS;
 # **doubtful**: agreed and not yet blocked when the release was written, so a reader applying 'agreed but not
 # completed' may record acquired(Deutsche Gelatine-Fabriken Stoess AG, Leiner Davis Gelatin Corporation) and
 # acquired(..., Goodman Fielder USA, Inc.)); 'Leiner Davis Gelatin, a subsidiary of Goodman Fielder' ->
 # parentOrganization(Leiner Davis Gelatin Corporation, Goodman Fielder); 'FTC Bureau of Competition Director' ->
 # parentOrganization(Bureau of Competition, Federal Trade Commission). **Near-misses**: Goodman Fielder USA, Inc. and
 # Goodman Fielder (the name suggests a subsidiary, the text does not say it: nothing, **doubtful**); 'head-to-head
 # competition between DGF Stoess and Leiner Davis' (rivals: no relation type)
 relations=[L(LDG, "parentOrganization", GFL),
            L(BOC, "parentOrganization", FTC)],
 outages=[],
 # `published` None and no time expression in the kept text. Not dates: '$170 million', '50 percent', 'eight
 # manufacturing plants'
 dates=[])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
