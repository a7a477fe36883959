#!/usr/bin/env python3
"""Gold annotations for batch 71w (session 65, gatherer lane 71w): three US FTC merger texts -- the FTC's final
approval of its consent agreement with Alliant Techsystems Inc. over its acquisition of Hercules Aerospace Company
(press release of April 1995, day unknown; Commissioner Mary L. Azcuenaga); the FTC's administrative complaint against
Chicago Bridge & Iron Company N.V.'s consummated acquisition of the Water Division and Engineered Construction Division
of Pitt-Des Moines, Inc. (press release of October 2001, day unknown; Joe Simons, the FTC's Bureau of Competition
Director); the FTC's vote to seek a preliminary injunction against Libbey, Inc.'s proposed acquisition of Anchor
Hocking, a subsidiary of Newell Rubbermaid, Inc. (press release of December 2001, day unknown; Joseph J. Simons) --
written from the texts alone; newskg was not run on them. Round notes /tmp/gather71w/NOTES.md; claims in
/work/notes/gather71/CLAIMS.txt.
The split follows the fixed rule: the sorted ids dealt along test, train, dev (batch10_annotate's write_parts):
Alliant / Hercules -> test, Chicago Bridge / Pitt-Des Moines -> train, Libbey / Anchor Hocking -> dev.
`published` None for all three (see the pool notes), so only absolute expressions are listed ('today', 'April 7' and
'the February transaction' left unresolved): 'Nov. 15, 1994' (Alliant), 'February 2001' (Chicago Bridge), 'December
21, 2001' (Libbey).
Conventions (the FTC merger texts' of batches 16e, 62g, 62m, 63g, 64m, 66a, 67ad, 68a, 68g, 68m, 68y, 69h, 69m, 69n,
69t, 69z, 69ae, 70a, 70h, 70n, 70t, 70z, 70af, 71a, 71h and 71n): the FTC as 'Federal Trade Commission' with the
aliases 'FTC' and 'Commission' where the text writes them alone or as a modifier ("The FTC's complaint", "the
Commission's action", 'a 4-0 Commission vote'), not from inside a law's name; 'X, Director of the FTC's Bureau of
Competition' and 'FTC Bureau of Competition Director X' -> director at the Bureau, current true, the Bureau an
Organization with parentOrganization the FTC; 'Commissioner X' -> other at the FTC (GUIDELINES: commissioners), current
true; an acquisition the text tells as done ('As a result of the acquisition', 'newly-acquired', 'this merger was
consummated') -> acquired AND parentOrganization(target, buyer) (GUIDELINES: completed acquisitions), even under an FTC
order or challenge; a named division bought -> the division a Company with acquired (44t's Raytheon / TI unit, train
wp-lenovo's PC Division); an acquisition the FTC votes to block, not yet done -> nothing (GUIDELINES: blocked deals;
68m's Conso / McCall, 68y's Swedish Match); 'a wholly-owned subsidiary of X' -> parentOrganization; towns and states
named in 'based in Town, State' -> a Location each (68y); 'U.S.' as a modifier -> Location; orders, complaints,
injunctions, laws, courts named only generically ('U.S. District Court'), amounts, market ranks and product classes ->
not annotated.
usage: batch71w_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather71w/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

FTC = "Federal Trade Commission"
BOC = "Bureau of Competition"
ATK = "Alliant Techsystems Inc."
HAC = "Hercules Aerospace Company"
HDE = "Hercules Defense Electronics Systems, Inc."
MLA = "Mary L. Azcuenaga"
CBI = "Chicago Bridge & Iron Company N.V."
PDM = "Pitt-Des Moines, Inc."
WDV = "Water Division"
ECD = "Engineered Construction Division"
JOE = "Joe Simons"
LIB = "Libbey, Inc."
ANC = "Anchor Hocking"
NEW = "Newell Rubbermaid, Inc."
JJS = "Joseph J. Simons"
A = {}

# ---- Alliant Techsystems Inc. / Hercules Aerospace Company (propellant), FTC press release, April 1995 --------------
A["us-ftc-alliant-techsystems-hercules-aerospace-final-consent-propellant-fire-wall-1995"] = dict(
 # The Federal Trade Commission (once in full; 'The FTC alleged': alias 'FTC'; "The Commission's action", 'a 4-0
 # Commission vote', "the Commission's ability": alias 'Commission'); Alliant Techsystems Inc. ('Alliant' alone:
 # alias); Hercules Aerospace Company ('Hercules is headquartered': alias 'Hercules' -- **doubtful**: the release may
 # mean Hercules Inc., the seller, which the text never names); the U.S. ('the only U.S. supplier': Location 'U.S.');
 # Hopkins, Minnesota, Wilmington, Delaware, Clearwater, Florida (each town and state a Location; 'Florida' from
 # 'Clearwater, Florida-based'); Hercules Defense Electronics Systems, Inc.; Mary L. Azcuenaga ('Azcuenaga' alone:
 # alias). Not annotated: the propellant division and the ammunition and munitions division (unnamed units), the
 # consent agreement and order, the 'fire wall', the concurring statement, '$466 million', '4-0'
 entities=[E("Organization", FTC, "FTC", "Commission"),
           E("Company", ATK, "Alliant"),
           E("Company", HAC, "Hercules"),
           E("Location", "U.S."),
           E("Location", "Hopkins"),
           E("Location", "Minnesota"),
           E("Location", "Wilmington"),
           E("Location", "Delaware"),
           E("Company", HDE),
           E("Location", "Clearwater"),
           E("Location", "Florida"),
           E("Person", MLA, "Azcuenaga")],
 # 'Commissioner Mary L. Azcuenaga issued a concurring statement' -> other at the FTC (GUIDELINES: commissioners),
 # current true. **Near-misses**: no officer of Alliant or Hercules is named
 roles=[R(MLA, "other", FTC)],
 # 'settling charges over its $466 million acquisition of Hercules Aerospace Company. As a result of the acquisition,
 # Alliant is ...' and 'its newly-acquired propellant division' -> a completed acquisition: acquired(Alliant
 # Techsystems Inc., Hercules Aerospace Company) and parentOrganization(Hercules Aerospace Company, Alliant Techsystems
 # Inc.); "Alliant's ammunition and munitions division includes Hercules Defense Electronics Systems, Inc., the
 # Clearwater, Florida-based entity Alliant acquired in the transaction" -> acquired(Alliant Techsystems Inc., Hercules
 # Defense Electronics Systems, Inc.) and parentOrganization(Hercules Defense Electronics Systems, Inc., Alliant
 # Techsystems Inc.) (**doubtful**: a reader may read 'entity' as a business bought within the one deal and give it
 # the parent link only). **Near-misses**: 'the only U.S. supplier of propellant' (a market position: nothing);
 # 'notify its propellant customers' (unnamed: nothing)
 relations=[L(ATK, "acquired", HAC),
            L(HAC, "parentOrganization", ATK),
            L(ATK, "acquired", HDE),
            L(HDE, "parentOrganization", ATK)],
 outages=[],
 # `published` None: 'April 7' (no year written) left unresolved; 'Nov. 15, 1994' -> 1994-11-15 (absolute). Not
 # dates: '10- year' (a duration), '$466 million', '4-0'
 dates=[D("Nov. 15, 1994", "1994-11-15")])

# ---- Chicago Bridge & Iron Company N.V. / Pitt-Des Moines, Inc. (storage tanks), FTC press release, October 2001 -----
A["us-ftc-chicago-bridge-iron-pitt-des-moines-administrative-complaint-storage-tanks-2001"] = dict(
 # The Federal Trade Commission (once in full; "The FTC's complaint", "the FTC's charges", 'FTC Bureau of Competition
 # Director': alias 'FTC'; 'the agency' a description; 'Commission' is not written alone); Chicago Bridge & Iron
 # Company N.V. ('(CB&I)', 'CB&I' alone: alias); Pitt-Des Moines, Inc. ('(PDM)', 'PDM' alone: alias); the Water
 # Division and the Engineered Construction Division (named divisions of PDM -> Company, as 44t's named unit and 47l's
 # Plastics Division -- **doubtful**: a reader may read them as businesses or assets and leave them out or type them
 # Organization); Amsterdam; The Woodlands, Texas (a Location each); the U.S. ('the two leading U.S. producers':
 # Location 'U.S.'); Joe Simons; the Bureau of Competition. Not annotated: 'a Dutch company' (an adjective, no country
 # named), the complaint, the administrative trial and order (a regulator's action), 'four relevant specialty
 # industrial storage tank markets', field-erected tanks and steel-plate structures (product classes), 'federal
 # antitrust laws'
 entities=[E("Organization", FTC, "FTC"),
           E("Company", CBI, "CB&I"),
           E("Company", PDM, "PDM"),
           E("Company", WDV),
           E("Company", ECD),
           E("Location", "Amsterdam"),
           E("Location", "The Woodlands"),
           E("Location", "Texas"),
           E("Location", "U.S."),
           E("Person", JOE),
           E("Organization", BOC)],
 # 'said FTC Bureau of Competition Director Joe Simons' -> director at the Bureau of Competition, current true.
 # **Near-misses**: no officer of CB&I or PDM is named
 roles=[R(JOE, "director", BOC)],
 # 'a February 2001 acquisition by Chicago Bridge & Iron Company N.V. (CB&I) of the Water Division and Engineered
 # Construction Division of Pitt-Des Moines, Inc. (PDM)' with 'this merger was consummated' -> completed purchases of
 # two named divisions: acquired(CB&I, each division) and parentOrganization(each division, CB&I) (GUIDELINES:
 # completed acquisitions; the FTC's later challenge does not undo them); 'the Water Division and Engineered
 # Construction Division of Pitt-Des Moines, Inc.' -> parentOrganization(each division, Pitt-Des Moines, Inc.), the
 # seller's ownership before the sale (GUIDELINES: ownership stated as past is still recorded -- **doubtful**: a reader
 # may write only the buyer's link); "the FTC's Bureau" -> parentOrganization(Bureau of Competition, Federal Trade
 # Commission). **Near-misses**: 'CB&I and PDM competed against each other' (rivals: nothing); 'an order that would
 # re-establish two distinct and separate ... businesses' (a possible remedy: nothing); PDM 'a distributor of a broad
 # range of carbon steel products' (unnamed products: nothing)
 relations=[L(CBI, "acquired", WDV),
            L(CBI, "acquired", ECD),
            L(WDV, "parentOrganization", CBI),
            L(ECD, "parentOrganization", CBI),
            L(WDV, "parentOrganization", PDM),
            L(ECD, "parentOrganization", PDM),
            L(BOC, "parentOrganization", FTC)],
 outages=[],
 # `published` None: 'today' and 'the February transaction' (no year written) left unresolved; 'February 2001' ->
 # 2001-02 (absolute, listed once though written once). Not dates: 'four relevant ... markets' (a count)
 dates=[D("February 2001", "2001-02")])

# ---- Libbey, Inc. / Anchor Hocking (Newell Rubbermaid), food service glassware, FTC press release, December 2001 ------
A["us-ftc-libbey-anchor-hocking-newell-rubbermaid-preliminary-injunction-vote-glassware-2001"] = dict(
 # The Federal Trade Commission (once in full; 'According to the FTC', 'The FTC anticipates', "the FTC's Bureau":
 # alias 'FTC'; 'Commission' is not written alone); Libbey, Inc. ('(Libbey)', 'Libbey' alone: alias); Anchor Hocking
 # ('(Anchor)', 'Anchor' alone: alias; the text never writes 'Corporation'); Newell Rubbermaid, Inc. (twice, in full);
 # the United States ('in the United States'; 'the U.S. food service industry' twice: alias 'U.S.'); Washington, D.C.
 # (one Location, as written); Joseph J. Simons; the Bureau of Competition; Delaware, Toledo, Ohio, Freeport, Illinois,
 # Lancaster (a Location each; 'Ohio' twice). Not annotated: 'U.S. District Court in Washington, D.C.' (a court named
 # only generically, as 68y's 'a federal district court' -- **doubtful**: a reader may make it an Organization), the
 # preliminary injunction and the motion (a regulator's action), soda-lime glassware, tumblers, stemware (product
 # classes), 'the food service industry', '$332 million', 'more than half' (a share)
 entities=[E("Organization", FTC, "FTC"),
           E("Company", LIB, "Libbey"),
           E("Company", ANC, "Anchor"),
           E("Company", NEW),
           E("Location", "United States", "U.S."),
           E("Location", "Washington, D.C."),
           E("Person", JJS),
           E("Organization", BOC),
           E("Location", "Delaware"),
           E("Location", "Toledo"),
           E("Location", "Ohio"),
           E("Location", "Freeport"),
           E("Location", "Illinois"),
           E("Location", "Lancaster")],
 # 'said Joseph J. Simons, Director of the FTC's Bureau of Competition' -> director at the Bureau of Competition,
 # current true. **Near-misses**: no officer of Libbey, Anchor Hocking or Newell Rubbermaid is named
 roles=[R(JJS, "director", BOC)],
 # 'Anchor Hocking, (Anchor) a wholly-owned subsidiary of Newell Rubbermaid, Inc.' -> parentOrganization(Anchor Hocking,
 # Newell Rubbermaid, Inc.); "the FTC's Bureau of Competition" -> parentOrganization(Bureau of Competition, Federal Trade
 # Commission). **Near-misses**: "to block Libbey, Inc.'s (Libbey) proposed $332 million acquisition of Anchor Hocking"
 # -> nothing (GUIDELINES: blocked deals; the FTC votes to seek an injunction against a proposed deal 'if consummated',
 # as 68m's Conso / McCall and 68y's Swedish Match -- **doubtful**: a reader may write acquired(Libbey, Inc., Anchor
 # Hocking) as an agreed deal not yet blocked by a court); 'the existing substantial competition between Libbey and
 # Anchor' and 'the dominant firm ... with its closest competitor' (rivals: nothing); 'a Delaware corporation' (a
 # state of incorporation: no relation type)
 relations=[L(ANC, "parentOrganization", NEW),
            L(BOC, "parentOrganization", FTC)],
 outages=[],
 # `published` None; 'Friday, December 21, 2001' -> the absolute part 'December 21, 2001' -> 2001-12-21 ('Friday' the
 # same day, not listed apart). Not dates: '$332 million', 'more than half'
 dates=[D("December 21, 2001", "2001-12-21")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
