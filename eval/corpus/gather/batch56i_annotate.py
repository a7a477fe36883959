#!/usr/bin/env python3
"""Gold for batch 56i (session 54, gatherer 56i: two Antitrust Division press releases on cartel charges against
named companies, as the Justice Department's own site holds them -- DuCoa L.P., 'a U.S. manufacturer of animal health
and nutrition products based in Highland, Illinois', agreeing to plead guilty in the choline chloride (vitamin B4)
conspiracy of the vitamins investigation (2002, justice.gov archive); the charge against Freyssinet et Cie, 'a French
construction company', for rigging bids for cable-stayed bridge projects in the United States (1999, justice.gov)),
written from the texts alone; newskg was not run on them. The split follows the fixed rule: the sorted ids dealt along
test, train, dev (batch10_annotate's write_parts). Both texts have `published` null (no date line in the stored
pages), so only absolute time expressions are dates (GUIDELINES: 'When published is null, list only absolute
expressions'): 'today' is left out of both.
Conventions (the DOJ lane's releases, 55u, 55m, 55c, 53w, 54y; GUIDELINES section 2): the Department of Justice an
Organization under the name printed ('the Department of Justice announced'; 'the Department' / 'the Department's'
generic, no alias, as 55u's 'the department'); 'the Department's Antitrust Division' -> Organization Antitrust
Division and parentOrganization(Antitrust Division, Department of Justice) (54y, 53w; 'the Division's' generic, no
alias); 'X, Assistant Attorney General in charge of the (Department's) Antitrust Division' -> head at the Antitrust
Division, current true (the corpus's Klein, Bingaman, Pate, Melamed items); 'U.S. District Court in <city>' -> one
Organization 'U.S. District Court' and the city a Location (55u, 55m); 'City, State' -> two Locations; 'the United
States' / 'the U.S.' as a place -> Location United States, the abridgement an alias; a nationality adjective ('a
French construction company', 'American businesses', 'American taxpayers') -> no Location (no country named);
'WASHINGTON, D.C.' in the dateline -> nothing (56d, 55ze, 55u); generic products ('choline chloride', 'vitamin B4',
'cable-stayed bridges') and investigations ('the vitamins investigation') -> nothing; unnamed parties ('unnamed
co-conspirators', 'other suppliers', 'manufacturers and resellers') -> nothing.
usage: batch56i_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather57i/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

DOJ = "Department of Justice"
ATR = "Antitrust Division"
CT = "U.S. District Court"
A = {}

# ---- DuCoa L.P., choline chloride (vitamin B4) plea, published null (the address's folder: 2002) ------------------
DUC = "DuCoa L.P."
CJ = "Charles A. James"
A["us-doj-atr-ducoa-highland-illinois-choline-chloride-vitamin-b4-vitamins-investigation-price-fixing-plea-2002"] = dict(
 # Company: DuCoa L.P. (three times, always in full; 'a U.S. manufacturer of animal health and nutrition products'
 # describes it -- no alias). Organizations: Department of Justice ('the Department of Justice announced today';
 # "the Department's Antitrust Division" -> generic, no alias), Antitrust Division ("the Department's Antitrust
 # Division"; "the Division's commitment" in James's quotation -> generic, no alias), U.S. District Court ('U.S.
 # District Court in Dallas'). Person: Charles A. James. Locations: Highland and Illinois ('based in Highland,
 # Illinois': City, State -> two), United States ('sold in the United States and elsewhere'; 'in the U.S. and
 # elsewhere' and 'a U.S. manufacturer' -> alias 'U.S.'; the 'U.S.' inside the court's name is the court's),
 # Dallas (the court's city).
 # Not annotated: 'WASHINGTON, D.C.' (the dateline), 'choline chloride' / 'Choline chloride or vitamin B4' (a
 # chemical sold in bulk, not a Service users use: **near-miss** -- a reader may type it a Service, but it has no
 # maker named as its provider in the sense of the contract), 'the animal nutrition industry', 'the vitamins
 # investigation' (an investigation, not a body), 'manufacturers and resellers', 'customers', 'unnamed
 # co-conspirators' (unnamed), 'American businesses and consumers' (generic; no country named)
 entities=[E("Company", DUC),
           E("Location", "Highland"),
           E("Location", "Illinois"),
           E("Location", "United States", "U.S."),
           E("Organization", DOJ),
           E("Person", CJ),
           E("Organization", ATR),
           E("Organization", CT),
           E("Location", "Dallas")],
 # 'said Charles A. James, Assistant Attorney General in charge of the Department's Antitrust Division' -> head at
 # the Antitrust Division, current true (the corpus's rule for the Division's Assistant Attorney General). No person
 # at DuCoa L.P. is named (the release of 2003 on its former president Daniel T. Rose is not this text): no company
 # role. Near-misses: an owner or parent of DuCoa L.P. (the text names none -- no parentOrganization); the unnamed
 # co-conspirators and resellers (no entity, no partner); DuCoa and the court or the Department (a defendant and its
 # prosecutor: no relation)
 roles=[R(CJ, "head", ATR)],
 # "the Department's Antitrust Division" -> parentOrganization(Antitrust Division, Department of Justice) (54y, 53w).
 # Near-misses: partner between DuCoa and its customers (unnamed); DuCoa and Highland (a seat: no relation type)
 relations=[L(ATR, "parentOrganization", DOJ)],
 outages=[],
 # 'from at least January 1988' -> 'January 1988' 1988-01; 'through September 29, 1998' -> 1998-09-29. Not dates:
 # 'today' (twice: `published` is null, so a relative expression is left out -- GUIDELINES), 'the 29th' (an
 # ordinal count of cases), '$500,000' (money)
 dates=[D("January 1988", "1988-01"), D("September 29, 1998", "1998-09-29")])

# ---- Freyssinet et Cie, cable-stayed bridge bid-rigging charge, published null (the address's folder: 1999) --------
FRE = "Freyssinet et Cie"
JK = "Joel I. Klein"
A["us-doj-atr-freyssinet-et-cie-french-construction-company-cable-stayed-bridges-bid-rigging-charge-1999"] = dict(
 # Company: Freyssinet et Cie (once in full; 'Freyssinet' twice more -> alias; 'a French construction company'
 # describes it). Organizations: Department of Justice ('The Department of Justice today charged'; 'the
 # Department's', 'According to the Department', 'The Department will continue' -> generic, no alias), Antitrust
 # Division ("the Department's Antitrust Division", 'the Antitrust Division'), U.S. District Court ('U.S. District
 # Court in San Francisco'). Person: Joel I. Klein. Locations: United States ('bridge projects in the United
 # States'), San Francisco (the court's city).
 # Not annotated: 'WASHINGTON, D.C.' (the dateline), France (not named: 'French' is an adjective -- **near-miss**: a
 # reader may add a Location France; the text never writes the country's name), 'cable-stayed bridge projects' and
 # 'cable-stayed bridges' (unnamed works, no bridge named), 'other suppliers' (unnamed), 'federal and state
 # budgets', 'American taxpayers' (generic)
 entities=[E("Organization", DOJ),
           E("Company", FRE, "Freyssinet"),
           E("Location", "United States"),
           E("Organization", CT),
           E("Location", "San Francisco"),
           E("Organization", ATR),
           E("Person", JK)],
 # 'said Joel I. Klein, Assistant Attorney General in charge of the Antitrust Division' -> head at the Antitrust
 # Division, current true. No person at Freyssinet et Cie is named: no company role. Near-misses: a parent of
 # Freyssinet et Cie (the text names none); partner between Freyssinet and 'other suppliers' (unnamed conspirators:
 # no entity, and a cartel is no partnership the contract means); Freyssinet and the owners of the bridge projects
 # (unnamed customers)
 roles=[R(JK, "head", ATR)],
 # "the Department's Antitrust Division" -> parentOrganization(Antitrust Division, Department of Justice)
 relations=[L(ATR, "parentOrganization", DOJ)],
 outages=[],
 # 'between September 1996 and September 1997' -> 'September 1996' 1996-09 and 'September 1997' 1997-09. Not
 # dates: 'today' (`published` is null: left out), 'one-count' (a count)
 dates=[D("September 1996", "1996-09"), D("September 1997", "1997-09")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
