#!/usr/bin/env python3
"""Batch 40zi gold annotations (the texts of batch40zi.py: the Justice Department's releases on CenturyLink's
acquisition of Level 3 Communications, 3 October 2017, and on Wabtec's proposed acquisition of Faiveley Transport,
26 October 2016, and the Antitrust Division's Federal Register notice on Monsanto's proposed acquisition of Delta and
Pine Land, 15 June 2007), written from the texts alone; newskg was not run on them. The split follows the fixed rule:
the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts). Dates resolve against `published`.
Conventions (batches 21c and 22b for Antitrust Division texts; GUIDELINES section 2): a deal the Division lets
proceed on a settlement that awaits the court ('proposed acquisition', 'in order for ... to proceed') is agreed, not
completed -> `acquired` only; the Antitrust Division -> `parentOrganization` Department of Justice where both are
named; 'Assistant Attorney General ... of the Justice Department's Antitrust Division' (acting or not) -> head of the
Antitrust Division; courts -> Organization; the United States as plaintiff -> Location; businesses, networks, assets
and product lines to be divested are not entities unless named as companies; 'the Department', 'the Court', 'the
department' and 'the companies' are generic phrases, not aliases.
usage: batch40zi_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather41zi/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs
import batch10_annotate as b10

DOJ = "Department of Justice"
ATR = "Antitrust Division"
ATR_DOJ = L(ATR, "parentOrganization", DOJ)
A = {}

# ---- CenturyLink / Level 3, published 2017-10-03 (a Tuesday) --------------------------------------------------------
A["us-doj-centurylink-level-3-divest-networks-dark-fiber-2017"] = dict(
 # Organizations: the Department of Justice ('Justice Department' in 'the Justice Department's Antitrust Division';
 # 'the Department' generic), the Antitrust Division, the court. Companies: CenturyLink, Inc. and Level 3
 # Communications, Inc. with their short forms. Person: Makan Delrahim. Locations: the three cities. Not annotated:
 # 'indefeasible rights of use (IRUs)' and 'dark fiber' (lease forms and a product class, not named services),
 # 'Level 3's telecommunications networks' (unnamed assets)
 entities=[E("Organization", DOJ, "Justice Department"), E("Organization", ATR),
           E("Organization", "U.S. District Court for the District of Columbia"),
           E("Company", "CenturyLink, Inc.", "CenturyLink"),
           E("Company", "Level 3 Communications, Inc.", "Level 3"),
           E("Person", "Makan Delrahim")]
          + locs("Albuquerque", "Boise", "Tucson"),
 # 'Assistant Attorney General Makan Delrahim of the Justice Department's Antitrust Division' -> head (21c, 22b)
 roles=[R("Makan Delrahim", "head", ATR)],
 # 'in order for the companies to proceed with CenturyLink's acquisition of Level 3', the lawsuit filed 'to block the
 # proposed acquisition' with a settlement awaiting the court -> agreed, not completed: acquired only (no
 # parentOrganization). The divestiture buyer is not named -> nothing
 relations=[L("CenturyLink, Inc.", "acquired", "Level 3 Communications, Inc."), ATR_DOJ],
 outages=[],
 dates=[D("today", "2017-10-03"), D("yesterday", "2017-10-02")])

# ---- Wabtec / Faiveley, published 2016-10-26 (a Wednesday) ----------------------------------------------------------
A["us-doj-wabtec-faiveley-divest-us-freight-car-brakes-business-2016"] = dict(
 # Companies: Westinghouse Air Brake Technologies Corporation ('Wabtec'), Faiveley Transport North America (defined
 # as '(Faiveley)' and 'Faiveley' thereafter), Faiveley Transport S.A. Organizations: the Department of Justice
 # ('Justice Department'), the Antitrust Division, the court. Person: Renata Hesse. Location: the United States ('U.S.'
 # in 'U.S. freight car brakes business' and 'in the U.S.'; the court's name is its own entity). Not annotated:
 # 'Faiveley ... entire U.S. freight car brakes business' (a business, not a named company), the brake products
 # (product classes), 'the American economy'
 entities=[E("Organization", DOJ, "Justice Department"), E("Organization", ATR),
           E("Organization", "U.S. District Court for the District of Columbia"),
           E("Company", "Westinghouse Air Brake Technologies Corporation", "Wabtec"),
           E("Company", "Faiveley Transport North America", "Faiveley"),
           E("Company", "Faiveley Transport S.A."),
           E("Person", "Renata Hesse"),
           E("Location", "United States", "U.S.")],
 # 'Acting Assistant Attorney General Renata Hesse of the Justice Department's Antitrust Division' -> head (acting
 # head, current)
 roles=[R("Renata Hesse", "head", ATR)],
 # 'in order for Wabtec to proceed with its proposed approximately $1.8 billion acquisition of Faiveley Transport S.A.
 # and Faiveley Transport North America' -> agreed: acquired only, one relation per named target. **Doubtful**: no
 # parentOrganization(Faiveley Transport North America, Faiveley Transport S.A.) -- the shared name suggests it, but
 # the text names them as two targets and never says one owns the other
 relations=[L("Westinghouse Air Brake Technologies Corporation", "acquired", "Faiveley Transport S.A."),
            L("Westinghouse Air Brake Technologies Corporation", "acquired", "Faiveley Transport North America"),
            ATR_DOJ],
 outages=[],
 dates=[D("today", "2016-10-26")])

# ---- Monsanto / Delta and Pine Land, Federal Register notice, published 2007-06-15 ----------------------------------
A["us-doj-federal-register-monsanto-delta-pine-land-proposed-final-judgment-2007"] = dict(
 # Companies: Monsanto Company ('Monsanto'; 'Monsanto Co.' in the case name), Delta and Pine Land Company ('DPL',
 # 'Delta and Pine Land'). Organization: the court. Locations: the United States (the plaintiff and 'Southeast ...
 # United States'), the two named regions and the eleven states. No Department of Justice or Antitrust Division in the
 # kept text (the page's 'DEPARTMENT OF JUSTICE Antitrust Division' header is cut; 'Department of Justice' inside
 # no kept sentence). Not annotated: the Antitrust Procedures and Penalties Act and the Clayton Act (laws), the
 # court papers, 'traited cottonseed' (a product class), 'competing trait developers' (unnamed)
 entities=[E("Organization", "United States District Court for the District of Columbia"),
           E("Company", "Monsanto Company", "Monsanto", "Monsanto Co."),
           E("Company", "Delta and Pine Land Company", "DPL", "Delta and Pine Land"),
           E("Location", "United States"), E("Location", "MidSouth"), E("Location", "Southeast")]
          + locs("Mississippi", "Arkansas", "Louisiana", "Missouri", "Tennessee", "Alabama", "Georgia", "Florida",
                 "South Carolina", "North Carolina", "Virginia"),
 roles=[],
 # 'the proposed acquisition by Monsanto Company ... of Delta and Pine Land Company', under a settlement filed with
 # the court -> agreed: acquired only. 'eliminate Delta and Pine Land as a partner independent of Monsanto for
 # competing trait developers' names no partner -> nothing
 relations=[L("Monsanto Company", "acquired", "Delta and Pine Land Company")],
 outages=[],
 # 'May 31, 2007' -> 2007-05-31. Not dates: '16(b)', '1:07CV00992', 'Section 7', '15 U.S.C. 18'
 dates=[D("May 31, 2007", "2007-05-31")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
