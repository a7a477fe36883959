#!/usr/bin/env python3
"""Gold for batch 54t (session 55, gatherer 54t: two Justice Department releases on international cartels -- 'Dutch
chemical giant, Akzo Nobel Chemicals BV' and 'Erik Anders Brostrom, an Akzo Nobel executive and a Swedish citizen'
agreeing to plead guilty in San Francisco for fixing monochloroacetic acid (MCAA) prices and market shares from 1995
to 1999 (27 June 2001); six international freight forwarders -- EGL Inc., Kuhne + Nagel International AG (K+N),
Geologistics International Management (Bermuda) Limited, Panalpina World Transport (Holding) Ltd., Schenker AG and BAX
Global Inc. -- agreeing to plead guilty in Washington for fixing fees on air cargo freight forwarding between 2002 and
2007 (30 September 2010)), written from the texts alone; newskg was not run on them. The split follows the fixed
rule: the sorted ids dealt along test, train, dev (batch10_annotate's write_parts). Dates resolve against
`published`.
Conventions (the DOJ lane's releases, 41p and 43e; 51n-54n; GUIDELINES section 2): the Department of Justice an
Organization ('the department', "the department's" -> nothing); '(the) U.S. District Court in <city>' -> Organization
'U.S. District Court' and the city a Location (51t-54n); 'U.S. District Court for the District of Columbia' -> that
full name as one Organization, no separate Location (25 corpus files so); the datelines 'WASHINGTON, D.C.' and
'WASHINGTON' -> one Location each as printed (42z, 53zh-54n); '<Place>-based' with a place name ('a Houston-based
company', 'a Toledo, Ohio-based company') -> the place a Location (54h's 'Germany-based'), 'based in <city>,
<country>' -> the city and the country, each a Location once; 'Dutch', 'Swedish' (modifiers: 'Dutch chemical giant',
'a Swedish citizen') -> no entity (54n's 'Norwegian-based'); "X's executive" / 'an X executive' -> executive at X
(54h's Hartmann); a company's short form in the text ('Akzo Nobel', 'EGL', 'Geologistics', 'Panalpina', 'Schenker',
'BAX Global') and a bracketed abbreviation ('K+N') -> alias; a surname alone ('Brostrom') -> alias; 'U.S.' -> alias of
United States; products (MCAA, freight forwarding services), the fines and jail term, laws -> nothing; 'today' ->
one item; 'from 1995 to 1999', 'between 2002 and 2007' -> the two years each; 'annually', 'each year' -> nothing.
usage: batch54t_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather55t/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

DOJ = "Department of Justice"
USDC = "U.S. District Court"
US = "United States"
AKZO = "Akzo Nobel Chemicals BV"
EAB = "Erik Anders Brostr\u00f6m"
A = {}

# ---- Akzo Nobel Chemicals BV / Erik Anders Brostrom, MCAA, published 2001-06-27 (a Wednesday) ------------------------
A["us-doj-opa-akzo-nobel-chemicals-executive-brostrom-monochloroacetic-acid-mcaa-cartel-plea-2001"] = dict(
 # Company: Akzo Nobel Chemicals BV ('Akzo Nobel', four times: 'an Akzo Nobel executive', 'Akzo Nobel and
 # Brostrom', 'both Akzo Nobel and Brostrom', 'Akzo Nobel is headquartered in The Netherlands' -> alias; **doubtful**:
 # a reader who knows the group may take 'Akzo Nobel' for the parent, Akzo Nobel N.V., but the text never tells two
 # companies apart, so one entity). Organizations: Department of Justice ('the Department of Justice said'), U.S.
 # District Court ('filed today in U.S. District Court in San Francisco'). Person: Erik Anders Brostrom (alias
 # 'Brostrom', with the diaeresis as printed). Locations: WASHINGTON, D.C. (dateline), United States ('in the United
 # States', "the U.S. market": alias 'U.S.'), San Francisco, The Netherlands ('headquartered in The Netherlands'; the
 # name as printed, capital T, as two corpus files have it; **doubtful** against the 22 files' 'Netherlands').
 # Not annotated: 'Dutch chemical giant', 'a Swedish citizen' (modifiers; Sweden is not named), 'unnamed MCAA
 # producers', 'the government', 'the court' (unnamed or generic), MCAA / monochloroacetic acid, pharmaceuticals,
 # herbicides, plastic additives (products)
 entities=[E("Location", "WASHINGTON, D.C."),
           E("Company", AKZO, "Akzo Nobel"),
           E("Organization", DOJ),
           E("Person", EAB, "Brostr\u00f6m"),
           E("Location", US, "U.S."),
           E("Organization", USDC),
           E("Location", "San Francisco"),
           E("Location", "The Netherlands")],
 # 'Erik Anders Brostrom, an Akzo Nobel executive' -> executive at Akzo Nobel Chemicals BV, current (he agrees to
 # plead guilty; no word of leaving). Near-misses: Charles A. James (head at the Antitrust Division) -- his quotation
 # and title fall after the cut, so neither he nor the Division is in the text; the subheading's 'European Executive'
 # (not in the text)
 roles=[R(EAB, "executive", AKZO)],
 # None. Near-misses: Akzo Nobel Chemicals BV under a parent (none named: 'Akzo Nobel' read as its short form);
 # Akzo Nobel and the 'unnamed MCAA producers' (co-conspirators, unnamed: no partner); Akzo Nobel and its
 # 'customers' (unnamed)
 relations=[],
 outages=[],
 # 'agreed to plead guilty today', 'filed today' -> one item 'today' 2001-06-27; 'from 1995 to 1999' -> '1995' and
 # '1999'. Not dates: 'three-month' (a term), 'annually', 'each year' (frequencies)
 dates=[D("today", "2001-06-27"), D("1995", "1995"), D("1999", "1999")])

# ---- six international freight forwarders, air cargo fees, published 2010-09-30 (a Thursday) -------------------------
EGL = "EGL Inc."
KN = "K\u00fchne + Nagel International AG"
GEO = "Geologistics International Management (Bermuda) Limited"
PAN = "Panalpina World Transport (Holding) Ltd."
SCH = "Schenker AG"
BAX = "BAX Global Inc."
A["us-doj-opa-six-freight-forwarders-egl-kuehne-nagel-panalpina-schenker-bax-global-air-cargo-fees-plea-2010"] = dict(
 # Companies, each with the short form the fines list uses as alias: EGL Inc. ('EGL'), Kuhne + Nagel International AG
 # ('(K+N)', 'K+N'), Geologistics International Management (Bermuda) Limited ('Geologistics'), Panalpina World
 # Transport (Holding) Ltd. ('Panalpina'), Schenker AG ('Schenker'), BAX Global Inc. ('BAX Global'). Organizations:
 # Department of Justice ('the Department of Justice announced'; "the department's antitrust investigation":
 # nothing), U.S. District Court for the District of Columbia. Locations: WASHINGTON (dateline), Houston ('a
 # Houston-based company'), Schindellegi, Switzerland (once for K+N's and Panalpina's 'Switzerland'), Hamilton,
 # Bermuda ('based in Hamilton, Bermuda'; the Bermuda inside Geologistics' name is part of the company's name), Basel,
 # Essen, Germany, Toledo, Ohio ('a Toledo, Ohio-based company'), United States ('air shipment to the United
 # States'). Not annotated: 'Six international freight forwarders', 'the six companies', 'customers' (generic), 'the
 # freight forwarding industry', 'international air cargo shipments' (no names), the Antitrust Division (not named:
 # 'the department's antitrust investigation'), the District of Columbia on its own (inside the court's name)
 entities=[E("Location", "WASHINGTON"),
           E("Organization", DOJ),
           E("Organization", "U.S. District Court for the District of Columbia"),
           E("Company", EGL, "EGL"),
           E("Location", "Houston"),
           E("Company", KN, "K+N"),
           E("Location", "Schindellegi"),
           E("Location", "Switzerland"),
           E("Company", GEO, "Geologistics"),
           E("Location", "Hamilton"),
           E("Location", "Bermuda"),
           E("Company", PAN, "Panalpina"),
           E("Location", "Basel"),
           E("Company", SCH, "Schenker"),
           E("Location", "Essen"),
           E("Location", "Germany"),
           E("Company", BAX, "BAX Global"),
           E("Location", "Toledo"),
           E("Location", "Ohio"),
           E("Location", US)],
 # None: no person is named in the kept text (the Assistant Attorney General's quotation falls after the cut).
 roles=[],
 # None. Near-misses: the six companies as partners in 'one or more separate conspiracies' (co-conspirators, not a
 # stated partnership or supply relation -- 54d-54n gave cartel members no partner); Geologistics' '(Bermuda)' and
 # 'Panalpina World Transport (Holding)' (name parts, no parent named); each company and its city ('based in': a
 # place, no relation); the forwarders and their 'customers' (unnamed)
 relations=[],
 outages=[],
 # 'announced today', 'filed separately today' -> one item 'today' 2010-09-30; 'between 2002 and 2007' -> '2002' and
 # '2007'. Not dates: 'various periods' (unresolvable)
 dates=[D("today", "2010-09-30"), D("2002", "2002"), D("2007", "2007")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
