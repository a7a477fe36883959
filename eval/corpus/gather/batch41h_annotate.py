#!/usr/bin/env python3
"""Batch 41h gold annotations (the texts of batch41h.py: the Justice Department's releases on Applied Materials' and
Tokyo Electron's abandoned merger, 27 April 2015, on ALLTEL's acquisition of Western Wireless, 6 July 2005, and on
ALLTEL's acquisition of Midwest Wireless, 7 September 2006), written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts).
Dates resolve against `published`. Conventions (batches 16e, 21c, 22b, 40zi for Antitrust Division texts; GUIDELINES
section 2): a deal the Division lets proceed on a settlement that awaits the court ('in order to proceed with its ...
acquisition') is agreed, not completed -> `acquired` only; an abandoned merger -> no relation (a near-miss); the
Antitrust Division -> `parentOrganization` of the Department where the text says 'the Department's Antitrust
Division'; '(Acting) Assistant Attorney General ... of the Justice Department's Antitrust Division' -> head of the
Antitrust Division; courts and foreign competition agencies -> Organization; datelines ('WASHINGTON') -> Location (16e);
'the Department', 'the department', 'the division', 'the court', 'the companies' are generic phrases, not aliases.
usage: batch41h_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather42h/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs
import batch10_annotate as b10

DOJ = "Department of Justice"
ATR = "Antitrust Division"
A = {}

# ---- Applied Materials / Tokyo Electron, published 2015-04-27 (a Monday) --------------------------------------------
A["us-doj-applied-materials-tokyo-electron-abandon-merger-2015"] = dict(
 # Companies: Applied Materials Inc. and Tokyo Electron Ltd. with their short forms. Organizations: the Department
 # of Justice ('Justice Department' in 'the Justice Department's Antitrust Division'), the Antitrust Division, the
 # three foreign competition agencies ('China's Ministry of Commerce' -> 'Ministry of Commerce', 'Germany's Federal
 # Cartel Office' -> 'Federal Cartel Office'). Person: Renata B. Hesse. Locations: Santa Clara, California, Tokyo,
 # China, Germany. Not annotated: 'the American economy', 'Korean' (an adjective inside the agency's name),
 # 'semiconductor manufacturing equipment' (a product class), 'competition agencies from several other
 # jurisdictions' (unnamed)
 entities=[E("Company", "Applied Materials Inc.", "Applied Materials"),
           E("Company", "Tokyo Electron Ltd.", "Tokyo Electron"),
           E("Organization", DOJ, "Justice Department"), E("Organization", ATR),
           E("Organization", "Korean Fair Trade Commission"), E("Organization", "Ministry of Commerce"),
           E("Organization", "Federal Cartel Office"),
           E("Person", "Renata B. Hesse")]
          + locs("Santa Clara", "California", "Tokyo", "China", "Germany"),
 # 'Acting Assistant Attorney General Renata B. Hesse of the Justice Department's Antitrust Division' -> head (acting
 # head, current; 40zi's Wabtec call)
 roles=[R("Renata B. Hesse", "head", ATR)],
 # The merger was abandoned: no acquired (GUIDELINES: abandoned deals -> nothing; the text does not say who would buy
 # whom). 'the Justice Department's Antitrust Division' -> parentOrganization. **Doubtful**: no parentOrganization
 # from the Ministry of Commerce to China or the Federal Cartel Office to Germany (the owners are Locations, outside
 # the predicate's types)
 relations=[L(ATR, "parentOrganization", DOJ)],
 outages=[],
 # '2014' (in '2014 revenue') -> 2014. Not dates: '$9 billion', '$6 billion'
 dates=[D("2014", "2014")])

# ---- ALLTEL / Western Wireless, published 2005-07-06 (a Wednesday) --------------------------------------------------
A["us-doj-alltel-western-wireless-divest-arkansas-kansas-nebraska-2005"] = dict(
 # Companies: ALLTEL Corporation ('ALLTEL'), Western Wireless. Organizations: the Department of Justice, the Antitrust
 # Division, the court ('U.S. District Court in Washington, D.C.' -> 'U.S. District Court', the place its own entity),
 # the Federal Communications Commission (FCC). Person: J. Bruce McDonald. Locations: Washington, D.C. (the dateline
 # 'WASHINGTON, D.C.' and the court's seat: one entity, same words), Arkansas, Kansas, Nebraska. Not annotated:
 # 'mobile wireless services' (a service class, not a named service), 'the merged firm'
 entities=[E("Company", "ALLTEL Corporation", "ALLTEL"), E("Company", "Western Wireless"),
           E("Organization", DOJ), E("Organization", ATR), E("Organization", "U.S. District Court"),
           E("Organization", "Federal Communications Commission", "FCC"),
           E("Person", "J. Bruce McDonald")]
          + locs("Washington, D.C.", "Arkansas", "Kansas", "Nebraska"),
 # 'J. Bruce McDonald, Deputy Assistant Attorney General in the Department's Antitrust Division' -> **doubtful**:
 # 'other' at the Antitrust Division (a deputy, not the Division's head; GUIDELINES map non-leading officials such
 # as commissioners to other; a reader may give executive)
 roles=[R("J. Bruce McDonald", "other", ATR)],
 # 'in order to proceed with its $6 billion acquisition of Western Wireless', settled on a proposed consent decree
 # awaiting the court -> agreed: acquired only. 'The Department's Antitrust Division' -> parentOrganization. The FCC's
 # review and the Department's coordination with it -> no relation (government bodies; no partner predicate fits)
 relations=[L("ALLTEL Corporation", "acquired", "Western Wireless"), L(ATR, "parentOrganization", DOJ)],
 outages=[],
 # 'today' (twice) and 'Today's' in the quotation -> 2005-07-06, one item (same text ignoring case, same value)
 dates=[D("today", "2005-07-06")])

# ---- ALLTEL / Midwest Wireless, published 2006-09-07 (a Thursday) ---------------------------------------------------
A["us-doj-alltel-midwest-wireless-divest-minnesota-2006"] = dict(
 # Companies: ALLTEL Corporation ('ALLTEL'), Midwest Wireless Holdings LLC ('Midwest Wireless'). Organizations: the
 # Justice Department (the text's only full name for it), the Antitrust Division, the court ('U.S. District Court in
 # Minneapolis' -> 'U.S. District Court'). Locations: WASHINGTON (dateline, 16e), Minnesota, Minneapolis. No person
 # (the quotation is cut). Not annotated: 'the merged firm', 'mobile wireless telecommunications services'
 entities=[E("Company", "ALLTEL Corporation", "ALLTEL"),
           E("Company", "Midwest Wireless Holdings LLC", "Midwest Wireless"),
           E("Organization", "Justice Department"), E("Organization", ATR), E("Organization", "U.S. District Court")]
          + locs("WASHINGTON", "Minnesota", "Minneapolis"),
 roles=[],
 # 'ALLTEL Corporation has agreed to divest assets ... in order to proceed with its $1.075 billion acquisition of
 # Midwest Wireless Holdings LLC', the consent decree awaiting the court -> agreed: acquired only.
 # 'The Department's Antitrust Division' after 'the Justice Department announced' -> parentOrganization
 relations=[L("ALLTEL Corporation", "acquired", "Midwest Wireless Holdings LLC"),
            L(ATR, "parentOrganization", "Justice Department")],
 outages=[],
 dates=[D("today", "2006-09-07")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
