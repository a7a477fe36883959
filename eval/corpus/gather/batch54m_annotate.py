#!/usr/bin/env python3
"""Batch 54m gold annotations (the texts of batch54m.py: the Antitrust Division's release of 30 September 2004 on Bayer
Corporation, 'the Pittsburgh subsidiary of German firm Bayer AG', agreeing to plead guilty and pay a $33 million fine
for fixing prices of aliphatic polyester polyols made from adipic acid; the Office of Public Affairs' archived release
of 30 May 2008 on Wilson Freire, 'former Government Contracts Manager at Peck & Hale LLC', pleading guilty to rigging
bids on U.S. Navy contracts for metal sling hoist assemblies and to soliciting and accepting kickbacks), written from
the texts alone; newskg was not run on them. The split follows the fixed rule: the sorted ids dealt along test, train,
dev (batch10_annotate's write_parts). Dates resolve against `published`.
Conventions (the DOJ lane's releases, 41p and 43e; 51n-54g; GUIDELINES section 2): 'Assistant Attorney General in
charge of the Department's Antitrust Division' -> head at the Antitrust Division, current (53t, 53zh-54g), and
parentOrganization(Antitrust Division, Department of Justice) from "the Department's Antitrust Division" after 'the
Department of Justice announced' (53f, 53r, 53t); 'the Department' / "the Department's" (generic after the full name)
and 'the court', 'the government' -> no alias; 'U.S. District Court in <city>' -> Organization 'U.S. District Court'
(51t-54g); 'X, the <city> subsidiary of Y' -> parentOrganization(X, Y) (GUIDELINES: subsidiary statements), the city a
Location; 'German firm Bayer AG' -> no Location of its own (an adjective, 53t's modifier rule); 'in the United States'
(a noun) -> Location (53t); "America's warfighters" -> Location 'America' (**doubtful**: 50a's "America's energy
markets", 51v's "America's farmers", 53r's 'across America'); the dateline ('WASHINGTON, D.C.', 'WASHINGTON') -> one
Location (42z, 53k, 53zh-54g); a town and its state ('West Sayville, N.Y.', 'Islip, N.Y.') -> two Locations, the state
under its written form 'N.Y.' (51r, 51zo); 'former <title> Manager at X' -> executive at X, current false (GUIDELINES'
'manager' -> executive; 53zo's 'former manager'); 'the Director of <agency>' -> head at the agency (GUIDELINES: an
agency's director leading it; 51t's ICE Director); an agency named only by its acronym ('DCIS') -> Organization under
that name (the text never spells it out); 'the U.S. Department of Defense (DOD)' -> Organization with alias 'DOD';
'U.S. Navy' -> Organization (a government body); a surname alone ('Freire') or a short form ('Bayer', 'Peck & Hale')
-> alias (53zh, 53zm, 54a); contracts won by rigged bids and parts sold to the government -> no partner (54a's APAC,
53zm's RG&E: **doubtful** for Peck & Hale); unnamed co-conspirators, 'an unnamed producer', vendors and subcontractors
-> nothing; product classes (polyester polyols, metal sling hoist assemblies), charges and laws -> nothing; 'today'
and "Today's" -> one item 'today' (GUIDELINES: the same text ignoring case and the same value listed once).
usage: batch54m_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather55m/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

DOJ = "Department of Justice"
ATR = "Antitrust Division"
USDC = "U.S. District Court"
BC = "Bayer Corporation"
BAG = "Bayer AG"
RHP = "R. Hewitt Pate"
PH = "Peck & Hale LLC"
WF = "Wilson Freire"
TOB = "Thomas O. Barnett"
SW = "Sharon Woods"
DOD = "U.S. Department of Defense"
A = {}

# ---- Bayer Corporation / Bayer AG, Antitrust Division, published 2004-09-30 (a Thursday) ------------------------------
A["us-doj-atr-bayer-corporation-pittsburgh-subsidiary-bayer-ag-polyester-polyols-price-fixing-plea-2004"] = dict(
 # Companies: Bayer Corporation (three times in full; 'the Bayer case': alias 'Bayer' -- **doubtful**: a reader may
 # hear the group's name, but the case is Bayer Corporation's), Bayer AG ('German firm Bayer AG', once).
 # Organizations: Department of Justice ('the Department of Justice announced today'; "the Department's Antitrust
 # Division" generic after it: no alias), U.S. District Court ('filed in the U.S. District Court in San Francisco'),
 # Antitrust Division. Person: R. Hewitt Pate (once). Locations: WASHINGTON, D.C. (the dateline, an em dash after it),
 # Pittsburgh (Bayer Corporation's city), San Francisco (the court's city), United States ('competition in the United
 # States'). Not annotated: Germany ('German firm': an adjective, no place named); 'an unnamed producer and unnamed
 # individuals' (co-conspirators, unnamed); polyester polyols, adipic acid and the consumer products (product classes);
 # 'the court', 'the government' (generic)
 entities=[E("Location", "WASHINGTON, D.C."),
           E("Company", BC, "Bayer"),
           E("Location", "Pittsburgh"),
           E("Company", BAG),
           E("Organization", DOJ),
           E("Organization", USDC),
           E("Location", "San Francisco"),
           E("Location", "United States"),
           E("Person", RHP),
           E("Organization", ATR)],
 # 'R. Hewitt Pate, Assistant Attorney General in charge of the Department's Antitrust Division' -> head, current.
 # No officer of Bayer Corporation or Bayer AG is named (near-miss: 'unnamed individuals')
 roles=[R(RHP, "head", ATR)],
 # 'Bayer Corporation, the Pittsburgh subsidiary of German firm Bayer AG' -> parentOrganization(Bayer Corporation,
 # Bayer AG); "the Department's Antitrust Division" after 'the Department of Justice announced today' ->
 # parentOrganization(Antitrust Division, Department of Justice) (53t's Crompton text, the same phrase). Near-misses:
 # Bayer Corporation and 'an unnamed producer' (a cartel among competitors, the other unnamed: no partner); Bayer
 # Corporation's cooperation with the government (no organisation tie)
 relations=[L(BC, "parentOrganization", BAG),
            L(ATR, "parentOrganization", DOJ)],
 outages=[],
 # 'announced today', "Today's charge" (twice) -> one item 'today' 2004-09-30; 'from 1998 to 2002' -> '1998' 1998,
 # '2002' 2002
 dates=[D("today", "2004-09-30"), D("1998", "1998"), D("2002", "2002")])

# ---- Peck & Hale LLC / Wilson Freire, Office of Public Affairs, published 2008-05-30 (a Friday) -----------------------
A["us-doj-opa-peck-hale-former-government-contracts-manager-freire-navy-sling-bid-rigging-kickbacks-plea-2008"] = dict(
 # Company: Peck & Hale LLC ('a West Sayville, N.Y., company' first; "Peck & Hale's sub-contracts": alias 'Peck &
 # Hale'). Organizations: U.S. Navy ('U.S. Navy contracts'), Department of Justice ('the Department of Justice
 # announced today'; "the Department's" twice after it: generic, no alias), U.S. District Court ('in the U.S. District
 # Court in Islip, N.Y.'), U.S. Department of Defense ('(DOD)': alias), Antitrust Division ("the Department's Antitrust
 # Division"), DCIS ('the Director of DCIS': the acronym only, never spelt out -- the name as written). People: Wilson
 # Freire ('A former manager' first; 'Freire': alias), Thomas O. Barnett, Sharon Woods (each once). Locations:
 # WASHINGTON (the dateline, a double hyphen after it), West Sayville, N.Y. ('West Sayville, N.Y.', 'Islip, N.Y.': one
 # entity under its written form), Islip, America ("America's warfighters": **doubtful**, a possessive a reader may pass
 # over; 50a, 51v). Not annotated: Long Island and 'Department of Defense' in the title only (the text is annotated,
 # not the title; the Department is annotated from the text's own mention); 'the military', 'all branches of the
 # military' (generic); 'vendors and subcontractors' (unnamed); metal sling hoist assemblies, bombs and munitions
 # (product classes)
 entities=[E("Location", "WASHINGTON"),
           E("Location", "West Sayville"),
           E("Location", "N.Y."),
           E("Organization", "U.S. Navy"),
           E("Organization", DOJ),
           E("Person", WF, "Freire"),
           E("Company", PH, "Peck & Hale"),
           E("Organization", USDC),
           E("Location", "Islip"),
           E("Organization", DOD, "DOD"),
           E("Person", TOB),
           E("Organization", ATR),
           E("Location", "America"),
           E("Person", SW),
           E("Organization", "DCIS")],
 # 'Wilson Freire, former Government Contracts Manager at Peck & Hale LLC' -> executive at Peck & Hale LLC, current
 # false ('manager' -> executive, GUIDELINES; 'former'; the first paragraph's 'A former manager of a West Sayville,
 # N.Y., company' agrees). 'Thomas O. Barnett, Assistant Attorney General in charge of the Department's Antitrust
 # Division' -> head, current. 'Sharon Woods, the Director of DCIS' -> head at DCIS, current (an agency's director
 # leading it, 51t's ICE Director; **doubtful**: a reader may give director, the title as written)
 roles=[R(WF, "executive", PH, False),
        R(TOB, "head", ATR),
        R(SW, "head", "DCIS")],
 # "the Department's Antitrust Division" after 'the Department of Justice announced today' ->
 # parentOrganization(Antitrust Division, Department of Justice) (53t). Near-misses: "Peck & Hale's sub-contracts to
 # ... finish various parts sold to the U.S. Department of Defense (DOD)" (a supply tie a reader may draw -- the
 # headline's 'Defense Firm' hints it -- but the text does not say Peck & Hale sells to the DOD, and the sub-contracts'
 # other side is unnamed: no partner, **doubtful**); the rigged 'U.S. Navy contracts' (no contractor named: no
 # partner); DCIS under the Department of Defense and the U.S. Navy under the Department (not stated in the text:
 # knowledge only, no relation, **doubtful**); the kickbacks from 'vendors and subcontractors' (unnamed)
 relations=[L(ATR, "parentOrganization", DOJ)],
 outages=[],
 # 'announced today' -> 'today' 2008-05-30. Skipped: '366 days' (a term, not a date)
 dates=[D("today", "2008-05-30")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
