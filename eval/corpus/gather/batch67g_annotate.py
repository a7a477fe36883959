#!/usr/bin/env python3
"""Gold annotations for batch 67g (session 61, gatherer 67g): the three FTC merger texts batch67g.py writes -- CVS
Corporation's $600,000 civil penalty for stripping the pharmacy computer systems from 113 Revco pharmacies before
divesting them to Eckerd under the 1997 consent order over its acquisition of Revco D.S., Inc. (press release of March
1998, day unknown); the FTC's proposed settlement over American Home Products Corporation's proposed acquisition of
Solvay, S.A.'s animal health business, vaccine rights to the Schering-Plough Corporation (press release of February
1997, day unknown); the FTC's proposed settlement over Baxter International Inc.'s proposed acquisition of Immuno
International AG (press release of December 19, 1996) -- written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev (batch10_annotate's write_parts):
American Home Products / Solvay -> test, Baxter / Immuno -> train, CVS / Revco -> dev (as write_parts dealt them).
CVS and American Home Products have `published` None (no day in the stored texts or in the store), so only absolute
time expressions are dates (GUIDELINES, Dates): CVS's '1997'; American Home Products has none; CVS's 'today' is not
resolved. Baxter's `published` is 1996-12-19 (the FTC's own announced actions cite the release by that day), so its
'today' is 1996-12-19.
Conventions (the FTC merger texts' of batches 16e, 62b, 62e, 62g, 62m, 63a, 63g, 64a, 64g, 64m, 65a, 65g, 65r, 66a,
66g and 66o, and the federal lane's; looked up in GATHERING.md, GUIDELINES.md and the gather scripts): the FTC as
'Federal Trade Commission' with the aliases 'FTC' and 'Commission' where the text writes them alone or as a modifier
('FTC charges', "the FTC's allegations", 'Commission-approved buyer'); "Director of the FTC's Bureau of Competition" ->
director at the Bureau, current true, the Bureau an Organization with parentOrganization the FTC; a completed
acquisition ("CVS's 1997 acquisition of Revco D.S., Inc.") -> acquired and parentOrganization(target, buyer)
(GUIDELINES); an agreed acquisition the FTC lets through on conditions -> acquired only (batch 16e's rule), to the
buyer the text names ('the proposed ... acquisition of Y by X'); the purchase of a business of a company ("Solvay,
S.A.'s animal health business") -> nothing (GUIDELINES: asset purchases; 65a's Agrium / Unocal business); the sale of
stores, pharmacies, product rights and other assets, to a named buyer or not -> nothing; stated subsidiaries ('a U.S.
subsidiary of') -> parentOrganization (GUIDELINES); 'the United States' with 'U.S.' (and this text's 'U. S.') as
aliases -> one Location (63g's and 64g's call), adjectives of nationality ('Canadian') -> nothing; a federal agency
named in full ('Food and Drug Administration') -> Organization, no relation for seeking its approval; countries,
states and cities -> Location; seats ('based in', 'headquartered in', 'has its corporate offices in') -> no relation;
product classes (vaccines, plasma products, Factor VIII inhibitor treatments, fibrin sealant), orders, agreements,
settlements, complaints, penalties, amounts and counts -> not annotated.
usage: batch67g_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather68g/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

FTC = "Federal Trade Commission"
BOC = "Bureau of Competition"
WJB = "William J. Baer"
CVS = "CVS Corporation"
REV = "Revco D.S., Inc."
AHP = "American Home Products Corporation"
SOL = "Solvay, S.A."
SAH = "Solvay Animal Health, Inc."
SP = "Schering-Plough Corporation"
BAX = "Baxter International Inc."
IMM = "Immuno International AG"
A = {}

# ---- American Home Products Corporation / Solvay, S.A.'s animal health business, FTC press release, February 1997 -----
# (`published` None)
A["us-ftc-american-home-products-solvay-animal-health-settlement-schering-plough-vaccines-1997"] = dict(
 # The Federal Trade Commission (once in full; 'The FTC alleged', "the FTC's allegations", 'According to the FTC':
 # alias 'FTC'; 'another Commission-approved buyer': alias 'Commission', the FTC as a modifier); American Home Products
 # Corporation (once in full, in "Corporation's"; 'American Home Products' alone eight times: alias); Solvay, S.A.
 # (three times with its comma; 'Solvay' alone five times, "Solvay's U.S. and Canadian rights": alias 'Solvay');
 # Schering-Plough Corporation (the buyer of the vaccine rights; the second paragraph's 'Schering-Plough-Plough
 # Corporation is based in Madison' is the page's slip for the same company -> an alias of it -- **doubtful**: a
 # reader may leave the misspelt name out, or take it for a second company); Solvay Animal Health, Inc. ('a U.S.
 # subsidiary of Solvay, S.A.' -> Company); Madison and New Jersey ('in Madison, New Jersey', twice), Brussels and
 # Belgium ('based in Brussels, Belgium'), Mendota Heights and Minnesota ('headquartered in Mendota Heights,
 # Minnesota') -> Locations; the United States ('in the United States' three times; 'the U.S. market', "Solvay's U.S.
 # ... rights", 'a U.S. subsidiary': alias 'U.S.'; 'in the U. S.' with the page's space: alias 'U. S.') -> one
 # Location. Not annotated: 'Canadian' (an adjective: no Canada entity -- **near-miss**); "Solvay, S.A.'s animal
 # health business" (an unnamed business, not an entity: see the relations); '"companion animal" vaccines', 'canine
 # lyme vaccines', 'canine corona virus vaccines', 'feline leukemia vaccines' (product classes, not named products:
 # no Service); '$463 million' (an amount); 'the complaint', 'The settlement' (documents); 'other suppliers' (unnamed)
 entities=[E("Organization", FTC, "FTC", "Commission"),
           E("Company", AHP, "American Home Products"),
           E("Company", SOL, "Solvay"),
           E("Location", "United States", "U.S.", "U. S."),
           E("Company", SP, "Schering-Plough-Plough Corporation"),
           E("Location", "Madison"),
           E("Location", "New Jersey"),
           E("Location", "Brussels"),
           E("Location", "Belgium"),
           E("Company", SAH),
           E("Location", "Mendota Heights"),
           E("Location", "Minnesota")],
 # No person is named in the kept text (the release names no official before the cut). **Near-miss**: no officer of
 # American Home Products, Solvay or Schering-Plough is named (no company role)
 roles=[],
 # 'Solvay Animal Health, Inc., a U.S. subsidiary of Solvay, S.A.' -> parentOrganization(Solvay Animal Health, Inc.,
 # Solvay, S.A.). **Near-misses**: "American Home Products Corporation's proposed acquisition of Solvay, S.A.'s
 # animal health business" and 'the proposed $463 million acquisition' (the purchase of a business of Solvay, not of
 # Solvay: GUIDELINES' asset purchases, 65a's Agrium / Unocal business -> no acquired(American Home Products
 # Corporation, Solvay, S.A.); and the text never says the business is Solvay Animal Health, Inc. -> no
 # acquired(American Home Products Corporation, Solvay Animal Health, Inc.) -- **doubtful**: a reader may take the US
 # subsidiary for the business sold and give it); 'divest Solvay's U.S. and Canadian rights to the three types of
 # vaccines to the Schering-Plough Corporation or another Commission-approved buyer' (product rights, an asset sale,
 # and the buyer not even fixed: no acquired, no partner); 'other suppliers of canine corona virus vaccines license
 # from American Home Products the right to manufacture' (licensees unnamed: no partner); 'American Home Products and
 # Solvay are actual competitors' (rivals: no partner); the seats in Madison, Brussels and Mendota Heights (no relation
 # type); the settlement and the complaint (a regulator's action: nothing)
 relations=[L(SAH, "parentOrganization", SOL)],
 outages=[],
 # No dates: `published` None, and the kept text has no time expression at all
 dates=[])

# ---- Baxter International Inc. / Immuno International AG, FTC press release, December 19, 1996 ------------------------------
A["us-ftc-baxter-immuno-international-proposed-settlement-plasma-products-1996"] = dict(
 # The Federal Trade Commission (once in full; 'According to the FTC', "the FTC's agreement": alias 'FTC'; 'The
 # Commission has accepted': alias 'Commission'); Immuno International AG (once in full, with its own defined short
 # name '("Immuno")'; 'Immuno' alone five times: alias); Baxter International Inc. (once in full, '("Baxter")';
 # 'Baxter' alone six times: alias); the United States ('in the United States', twice -> Location); the Food and Drug
 # Administration (a federal agency named in full -> Organization); Deerfield and Illinois ('headquartered in
 # Deerfield, Illinois' -> two Locations). Not annotated: 'Factor VIII inhibitors', 'fibrin sealant(s)', 'plasma
 # products', 'biologic products' (product classes; fibrin sealant is 'a product in development' with no name: no
 # Service -- **near-miss**); 'the largest manufacturer of plasma products in the world' (a description); '$463
 # million' (an amount); 'the world' (not a place name); 'broad patents' (unnamed); 'Switzer' (cut with its sentence)
 entities=[E("Organization", FTC, "FTC", "Commission"),
           E("Company", IMM, "Immuno"),
           E("Company", BAX, "Baxter"),
           E("Location", "United States"),
           E("Organization", "Food and Drug Administration"),
           E("Location", "Deerfield"),
           E("Location", "Illinois")],
 # No person is named in the kept text. **Near-miss**: no officer of Baxter or Immuno is named (no company role)
 roles=[],
 # 'the proposed $463 million acquisition of Immuno International AG ("Immuno") by Baxter International Inc.
 # ("Baxter")', which 'The Commission has accepted, subject to final approval, an agreement' to remedy ->
 # acquired(Baxter International Inc., Immuno International AG) only (proposed, let through on conditions: batch 16e's
 # rule; not completed, so no parentOrganization). **Near-misses**: 'the proposed merger', 'the merger' (the same
 # deal, whose buyer the first sentence names: no second relation); 'require Baxter to divest assets' (unnamed assets
 # and buyer: nothing); 'Baxter and Immuno are the only two companies marketing products ... to treat hemophiliacs'
 # (rivals: no partner); 'seeking Food and Drug Administration approval' (a regulator's approval: no relation);
 # 'headquartered in Deerfield, Illinois' (a seat: no relation type)
 relations=[L(BAX, "acquired", IMM)],
 outages=[],
 # 'The Federal Trade Commission announced today' -> 'today' 1996-12-19 (`published`). Not dates: '1)' and '2)' (list
 # numbers), 'in development' (no calendar value)
 dates=[D("today", "1996-12-19")])

# ---- CVS Corporation / Revco D.S., Inc., civil penalty, FTC press release, March 1998 (`published` None) -----------------
A["us-ftc-cvs-600000-civil-penalty-revco-asset-maintenance-eckerd-1998"] = dict(
 # The Federal Trade Commission (once in full, in 'Federal Trade Commission charges'; 'the FTC alleges' (twice),
 # "the FTC's Bureau", 'with the FTC', 'the FTC consent order': alias 'FTC'; "The Commission's action today": alias
 # 'Commission'; 'the agency' generic); CVS Corporation (once in full; 'CVS' alone and "CVS's 1997 acquisition":
 # alias 'CVS'); Revco D.S., Inc. (once in full; '113 Revco pharmacies', 'CVS and Revco signed', 'the Revco
 # pharmacies', 'the Revco drug stores': alias 'Revco'); Eckerd ('divesting those pharmacies to Eckerd', the buyer of
 # the pharmacies -> Company, written only so); William J. Baer (once); the Bureau of Competition (the FTC's unit ->
 # Organization). Not annotated: 'the Retail Drug Store Business' (a defined term quoted from the agreement, not a
 # named business -- **near-miss**: a reader may make it a Company or a Service); '113 Revco pharmacies', 'the Revco
 # drug stores' (unnamed stores); 'third party insurers', 'customers' (unnamed); '$600,000' (an amount); 'a 1997
 # consent order', 'asset maintenance agreement', 'its complaint' (documents)
 entities=[E("Organization", FTC, "FTC", "Commission"),
           E("Company", CVS, "CVS"),
           E("Company", REV, "Revco"),
           E("Company", "Eckerd"),
           E("Person", WJB),
           E("Organization", BOC)],
 # "William J. Baer, Director of the FTC's Bureau of Competition" -> director at the Bureau of Competition, current
 # true. **Near-misses**: no officer of CVS, Revco or Eckerd is named (no company role)
 roles=[R(WJB, "director", BOC)],
 # "CVS's 1997 acquisition of Revco D.S., Inc." (a completed acquisition, told a year later, with the stores since
 # divested under the order) -> acquired(CVS Corporation, Revco D.S., Inc.) and parentOrganization(Revco D.S., Inc.,
 # CVS Corporation) (GUIDELINES: completed; the text does not say Revco was merged away -- **doubtful**: a reader may
 # give acquired only); "the FTC's Bureau of Competition" -> parentOrganization(Bureau of Competition, Federal Trade
 # Commission). **Near-misses**: 'divesting those pharmacies to Eckerd' and 'its transfer of the 113 operating
 # pharmacies to Eckerd' (cut) (pharmacies, an asset sale: no acquired(Eckerd, ...), no partner); 'CVS and Revco
 # signed an asset maintenance agreement with the FTC' (an undertaking to a regulator: no partner between CVS and Revco,
 # none with the FTC); 'the company violated a 1997 consent order', the $600,000 civil penalty, the complaint (a
 # regulator's action: nothing)
 relations=[L(CVS, "acquired", REV),
            L(REV, "parentOrganization", CVS),
            L(BOC, "parentOrganization", FTC)],
 outages=[],
 # 'a 1997 consent order', "CVS's 1997 acquisition", 'In 1997' -> '1997' 1997 (one item: the same text and value).
 # Not dates: 'today' ("The Commission's action today": `published` None, so not resolved -- GUIDELINES, Dates), 'on
 # time' (no calendar value)
 dates=[D("1997", "1997")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
