#!/usr/bin/env python3
"""Gold annotations for batch 70z (session 64, gatherer lane 70z): three FTC merger texts -- the FTC's proposed consent
agreement allowing Dominion Resources, Inc. to acquire Consolidated Natural Gas Company (CNG) if it divests CNG's
subsidiary Virginia Natural Gas, Inc. (press release of November 1999, day unknown; Richard G. Parker, Director of the
FTC's Bureau of Competition); the FTC seeking court orders to block McKesson Corp.'s acquisition of AmeriSource Health
Corp. and Cardinal Health, Inc.'s acquisition of Bergen Brunswig Corp. (press release of March 1998, taken as March 3;
William J. Baer); the FTC's consent order on The Great Atlantic & Pacific Tea Company, Inc.'s (A&P) acquisition of
Pathmark Stores, Inc. (press release of November 27, 2007, a realestaterama.com copy; Jeffrey Schmidt) -- written from
the texts alone; newskg was not run on them. Round notes /tmp/gather70z/NOTES.md; claims in
/work/notes/gather70/CLAIMS.txt.
The split follows the fixed rule: the sorted ids dealt along test, train, dev (batch10_annotate's write_parts):
A&P / Pathmark -> test, Dominion / CNG -> train, McKesson / AmeriSource and Cardinal / Bergen Brunswig -> dev.
`published` 2007-11-27 for the A&P text (its dateline) and 1998-03-03 for the drug-wholesaler text (see the pool
notes), so 'today' resolves against them (GUIDELINES, Dates); `published` None for the Dominion text, so only absolute
expressions are listed ('January 1, 2002').
Conventions (the FTC merger texts' of batches 16e, 62g, 62m, 63g, 64m, 66a, 67ad, 68a, 68g, 68m, 69h, 69m, 69n, 69t,
69z, 69ae, 70a, 70h, 70n and 70t, and the federal lane's): the FTC as 'Federal Trade Commission' with the aliases 'FTC'
and 'Commission' where the text writes them alone or as a modifier ("the FTC's Bureau of Competition", "the
Commission's complaint", 'Commission- approved'); 'X, Director of the FTC's Bureau of Competition' -> director at the
Bureau, current true, the Bureau an Organization with parentOrganization the FTC (63g, 66a, 68a, 69h, 69n, 70a, 70n,
70t); an acquisition the FTC lets proceed under a consent agreement or order, not said to have closed -> acquired only
(16e's rule; 70a's Nortek / NuTone, 70t's Itron / Schlumberger); deals the FTC goes to court to block -> nothing
(GUIDELINES: blocked deals; 69m's Conso / McCall, 70t's MEDIQ / UHS); "X's subsidiary Y", "X, through its subsidiary
Y" -> parentOrganization(Y, X); a divestiture of a subsidiary or stores to a buyer not named -> nothing (GUIDELINES:
asset purchases); supermarket trade names (banners) -> Service with provider to the chain the text gives them to, the
chain's own name as a banner not annotated apart (16i's, 64g's, 66a's and 67a's banners); state regulators and a
federal commission named -> Organization with no relation; a dateline 'WASHINGTON, D.C.' -> Location (the federal
lane's datelines); states, cities, islands and the district named -> Location; complaints, orders, amounts, market
shares, product classes (electric power generation, natural gas distribution, drug wholesaling, supermarkets) -> not
annotated.
usage: batch70z_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather70z/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

FTC = "Federal Trade Commission"
BOC = "Bureau of Competition"
DOM = "Dominion Resources, Inc."
CNG = "Consolidated Natural Gas Company"
VNG = "Virginia Natural Gas, Inc."
VAP = "Virginia Power"
RGP = "Richard G. Parker"
MCK = "McKesson Corp."
AMS = "AmeriSource Health Corp."
CAR = "Cardinal Health, Inc."
BBC = "Bergen Brunswig Corp."
WJB = "William J. Baer"
AP = "The Great Atlantic & Pacific Tea Company, Inc."
PTH = "Pathmark Stores, Inc."
JS = "Jeffrey Schmidt"
WAL = "Waldbaum\u2019s"
BANNERS = ["A&P Super Foodmart", "Food Basics", "Food Emporium", "Super Fresh"]
A = {}

# ---- Dominion Resources, Inc. / Consolidated Natural Gas Company (VNG divestiture), FTC press release, November 1999 --
A["us-ftc-dominion-resources-consolidated-natural-gas-consent-virginia-natural-gas-1999"] = dict(
 # The Federal Trade Commission (once in full; "the FTC's Bureau of Competition": alias 'FTC'; 'the Commission is
 # dedicated', "the Commission's complaint": alias 'Commission'); Dominion Resources, Inc. ('Dominion' alone,
 # "Dominion's": alias); Consolidated Natural Gas Company ('(CNG)', "CNG's": alias); Virginia Natural Gas, Inc. ('(VNG)',
 # 'VNG' alone: alias); Virginia Power (Dominion's subsidiary: Company); the Commonwealth of Virginia ('Virginia' alone
 # and in 'southeastern Virginia': alias -- the state; 'southeastern Virginia' a part of it, not annotated apart);
 # Richard G. Parker; the Bureau of Competition; Pennsylvania, Massachusetts ('other states': Locations); the Virginia
 # State Corporation Commission and the Federal Energy Regulatory Commission (regulators: Organizations). Not
 # annotated: electric power generation, natural gas distribution (markets); the consent agreement, the complaint
 entities=[E("Organization", FTC, "FTC", "Commission"),
           E("Company", DOM, "Dominion"),
           E("Company", CNG, "CNG"),
           E("Company", VNG, "VNG"),
           E("Company", VAP),
           E("Location", "Commonwealth of Virginia", "Virginia"),
           E("Person", RGP),
           E("Organization", BOC),
           E("Location", "Pennsylvania"),
           E("Location", "Massachusetts"),
           E("Organization", "Virginia State Corporation Commission"),
           E("Organization", "Federal Energy Regulatory Commission")],
 # "Richard G. Parker, Director of the FTC's Bureau of Competition said" -> director at the Bureau of Competition,
 # current true. **Near-misses**: no officer of Dominion, CNG, VNG or Virginia Power is named
 roles=[R(RGP, "director", BOC)],
 # 'a proposed consent agreement that would allow Dominion Resources, Inc. to acquire Consolidated Natural Gas Company
 # (CNG)', 'The proposed acquisition is valued at approximately $5.3 billion' -> acquired(Dominion Resources, Inc.,
 # Consolidated Natural Gas Company) only: agreed, allowed under a proposed consent agreement, not said to have closed
 # (16e's rule); "CNG's subsidiary Virginia Natural Gas, Inc. (VNG)", 'CNG, through its ownership of VNG' ->
 # parentOrganization(Virginia Natural Gas, Inc., Consolidated Natural Gas Company); 'Dominion, through its subsidiary
 # Virginia Power' -> parentOrganization(Virginia Power, Dominion Resources, Inc.); "the FTC's Bureau of Competition"
 # -> parentOrganization(Bureau of Competition, Federal Trade Commission). **Near-misses**: 'provided that Dominion
 # divest ... VNG' (a divestiture, buyer not named: nothing; VNG's parent after the merger not recorded); 'regulated by
 # the Virginia State Corporation Commission and the Federal Energy Regulatory Commission' (regulators: no relation
 # type); 'the merger of the two companies' (the buyer is stated elsewhere: the acquisition above)
 relations=[L(DOM, "acquired", CNG),
            L(VNG, "parentOrganization", CNG),
            L(VAP, "parentOrganization", DOM),
            L(BOC, "parentOrganization", FTC)],
 outages=[],
 # `published` None. 'on January 1, 2002' -> 2002-01-01 (absolute). Not dates: '70 percent', '$5.3 billion'
 dates=[D("January 1, 2002", "2002-01-01")])

# ---- McKesson / AmeriSource and Cardinal Health / Bergen Brunswig (suits to block), FTC press release, March 1998 -----
A["us-ftc-mckesson-amerisource-cardinal-bergen-brunswig-suit-to-block-drug-wholesalers-1998"] = dict(
 # The Federal Trade Commission (once in full; "the FTC's Bureau of Competition", 'According to the FTC', 'the FTC
 # said': alias 'FTC'; 'the agency' a generic word, not an alias); McKesson Corp. ("McKesson Corp.'s"); AmeriSource
 # Health Corp.; Cardinal Health, Inc. ("Cardinal Health, Inc.'s"); Bergen Brunswig Corp.; William J. Baer; the Bureau
 # of Competition. Not annotated: 'federal district court' (no court named), hospitals, nursing homes, drugstores,
 # manufacturers (classes); 'the nation', 'the country' (the United States unnamed)
 entities=[E("Organization", FTC, "FTC"),
           E("Company", MCK),
           E("Company", AMS),
           E("Company", CAR),
           E("Company", BBC),
           E("Person", WJB),
           E("Organization", BOC)],
 # 'said William J. Baer, Director of the FTC's Bureau of Competition' -> director at the Bureau of Competition,
 # current true. **Near-misses**: no officer of the four wholesalers is named
 roles=[R(WJB, "director", BOC)],
 # "it will seek federal district court orders to prevent the proposed mergers ...", "McKesson Corp.'s acquisition of
 # AmeriSource Health Corp., and Cardinal Health, Inc.'s acquisition of Bergen Brunswig Corp., would violate antitrust
 # laws" -> nothing: deals the FTC goes to court to block, not completed (GUIDELINES: blocked deals; 70t's MEDIQ / UHS;
 # **doubtful**: both deals were agreed and not yet blocked when the release was written, so a reader applying 'agreed
 # but not completed' may record acquired(McKesson Corp., AmeriSource Health Corp.) and acquired(Cardinal Health, Inc.,
 # Bergen Brunswig Corp.)); "the FTC's Bureau of Competition" -> parentOrganization(Bureau of Competition, Federal
 # Trade Commission). **Near-misses**: 'the nation's four largest drug wholesalers', 'the two surviving companies'
 # (rivals: no relation type); the wholesalers' customers (hospitals, nursing homes, drugstores: unnamed)
 relations=[L(BOC, "parentOrganization", FTC)],
 outages=[],
 # `published` 1998-03-03 (doubtful; see the pool notes): 'today' -> 1998-03-03. Not dates: 'the next morning' (a
 # generic delivery time, not an event's day), '80 percent'
 dates=[D("today", "1998-03-03")])

# ---- The Great Atlantic & Pacific Tea Company, Inc. / Pathmark Stores, Inc., FTC press release, November 27, 2007 -----
A["us-ftc-ap-pathmark-consent-order-staten-island-shirley-supermarkets-2007"] = dict(
 # The dateline's WASHINGTON, D.C. (Location); the Federal Trade Commission (once in full; "the FTC\u2019s Bureau of
 # Competition": alias 'FTC'; "the Commission\u2019s charges", "the Commission\u2019s consent order", 'Commission-
 # approved': alias 'Commission'); The Great Atlantic & Pacific Tea Company, Inc. ('(A&P)', 'A&P' alone, "A&P\u2019s":
 # alias; the banner 'A&P' in 'under the A&P, ... banners' is the company's own name: not annotated apart); Pathmark
 # Stores, Inc. ('Pathmark' alone, also 'one Pathmark supermarket': alias); Staten Island, Shirley, Long Island, New
 # York, Maryland ('a Maryland corporation'), Montvale, New Jersey, Connecticut, Delaware, the District of Columbia
 # (Locations; **doubtful**: the District of Columbia kept apart from the dateline's WASHINGTON, D.C., a reader may
 # merge them); Waldbaum\u2019s, A&P Super Foodmart, Food Basics, Food Emporium, Super Fresh (supermarket banners ->
 # Service); Jeffrey Schmidt; the Bureau of Competition. Not annotated: the consent order, the complaint, the
 # 'Commission- approved buyers' (unnamed)
 entities=[E("Location", "WASHINGTON, D.C."),
           E("Organization", FTC, "FTC", "Commission"),
           E("Company", AP, "A&P"),
           E("Company", PTH, "Pathmark"),
           E("Location", "Staten Island"),
           E("Location", "New York"),
           E("Location", "Shirley"),
           E("Location", "Long Island"),
           E("Service", WAL),
           E("Person", JS),
           E("Organization", BOC),
           E("Location", "Maryland"),
           E("Location", "Montvale"),
           E("Location", "New Jersey"),
           E("Location", "Connecticut"),
           E("Location", "Delaware"),
           E("Location", "District of Columbia")]
          + [E("Service", b) for b in BANNERS],
 # 'said Jeffrey Schmidt, Director of the FTC\u2019s Bureau of Competition' -> director at the Bureau of Competition,
 # current true. **Near-misses**: no officer of A&P or Pathmark is named
 roles=[R(JS, "director", BOC)],
 # "a complaint challenging The Great Atlantic & Pacific Tea Company, Inc.\u2019s (A&P) proposed $1.3 billion
 # acquisition of Pathmark Stores, Inc.", 'Under the terms of a consent order settling the Commission\u2019s charges',
 # 'Under the terms of an agreement between the companies dated March 4, 2007, A&P will acquire all of the voting
 # securities of Pathmark' -> acquired(The Great Atlantic & Pacific Tea Company, Inc., Pathmark Stores, Inc.) only:
 # agreed, let proceed under a consent order, not said to have closed (16e's rule; **doubtful**: 'challenging' may be
 # read as a blocked deal, but the consent order settles the challenge with store sales); "four of A&P\u2019s
 # Waldbaum\u2019s supermarkets", 'It operates supermarkets under the A&P, A&P Super Foodmart, Food Basics, Food
 # Emporium, Super Fresh, and Waldbaum\u2019s banners' -> provider(<each banner>, A&P); "the FTC\u2019s Bureau of
 # Competition" -> parentOrganization(Bureau of Competition, Federal Trade Commission). **Near-misses**: the sale of
 # six supermarkets to 'Commission- approved buyers' (stores, buyers unnamed: nothing); 'A&P and Pathmark are
 # supermarket competitors' (rivals: no relation type); 'a Maryland corporation based in Montvale, New Jersey' (a
 # seat: no relation)
 relations=[L(AP, "acquired", PTH)]
           + [L(b, "provider", AP) for b in [WAL] + BANNERS]
           + [L(BOC, "parentOrganization", FTC)],
 outages=[],
 # `published` 2007-11-27: 'November 27, 2007' (the dateline) -> 2007-11-27; 'today' -> 2007-11-27 (another text with
 # the same value: its own item); 'by January 10, 2008' -> 2008-01-10; 'dated March 4, 2007' -> 2007-03-04. Not dates:
 # '$1.3 billion', '316', 'weekly'
 dates=[D("November 27, 2007", "2007-11-27"),
        D("today", "2007-11-27"),
        D("January 10, 2008", "2008-01-10"),
        D("March 4, 2007", "2007-03-04")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
