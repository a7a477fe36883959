#!/usr/bin/env python3
"""Batch 53k gold annotations (the texts of batch53k.py: the Northern District of New York's release of 11 July 2017 on
Mallinckrodt LLC's $35 million Controlled Substances Act settlement; the District of Vermont's 2020 release that the
public document repository required by Practice Fusion, Inc.'s deferred prosecution agreement is live), written from the
texts alone; newskg was not run on them. The split follows the fixed rule: the sorted ids dealt along test, train, dev,
train (batch10_annotate's write_parts). Dates resolve against `published` (null for Practice Fusion: its 'today' is not
resolved).
Conventions (the DOJ lane's releases, 41p and 43e; 51n-53f; GUIDELINES section 2): 'Acting United States Attorney
Grant C. Jaquith' and 'Christina E. Nolan, the United States Attorney for the District of Vermont' with no office named
as a body -> no role (52h's O'Brien, 52q's DuCharme way: 'Acting United States Attorney for the District of New
Hampshire' -> no role since 39s-41p); a dateline's city and state -> Locations, the state one entity with the other
surface form as alias ('NEW YORK' of the dateline, 'New York' of 'Hobart, New York'; GUIDELINES: cities and states are
Location); an agency named only by its acronym ('notify DEA') -> Organization 'DEA'; 'Mallinckrodt LLC' and the bare
'Mallinckrodt' -> one Company; a generic drug name (oxycodone) -> nothing (53f's buprenorphine: a substance, no
product name); laws (Controlled Substances Act, Anti-Kickback Statute), the DPA, the settlement -> nothing; 'the United
States' as the party that alleged, and 'U.S.' as a modifier ('U.S. pharmacies') -> no Location (**doubtful**, see the
Mallinckrodt comment); a pseudonym that the text gives an unnamed business as its defined name ('an opioid company
("Pharma Co. X")') -> Company (**doubtful**); 'her office' (unnamed) -> nothing; 'From 2008 until 2011' -> '2008' and
'2011'.
usage: batch53k_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather54k/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- Mallinckrodt LLC, USAO NDNY, published 2017-07-11 (a Tuesday) ---------------------------------------------------
A["us-doj-usao-ndny-mallinckrodt-35-million-suspicious-orders-oxycodone-settlement-2017"] = dict(
 # Companies: Mallinckrodt LLC ('Mallinckrodt' twice: alias; 'the company' twice, generic: no alias). Organizations:
 # DEA ('notify DEA' twice; the acronym only, the full name never given). People: Grant C. Jaquith. Locations: SYRACUSE
 # (the dateline), New York ('NEW YORK' of the dateline and 'New York' of 'Hobart, New York': one state, two surface
 # forms -- **doubtful**: a reader may keep the dateline's capitals apart or leave the dateline out), Hobart ('its plant
 # in Hobart, New York'), Florida ('oxycodone in Florida and elsewhere'). Not annotated: oxycodone (a generic drug, a
 # substance -- near-miss: 'one of the largest manufacturers of generic oxycodone' might make it Mallinckrodt's product,
 # but it names no product), the Controlled Substances Act (CSA) (a law), 'the United States alleged' (the government
 # as the party -- near-miss) and 'U.S. pharmacies' (a modifier -- **doubtful**: 53f took 'U.K.-based' as a Location;
 # here 'U.S.' qualifies pharmacies the way 'Ecuadorian' qualified officials), 'the government', the unnamed plant,
 # distributors, pharmacies and pain clinics
 entities=[E("Location", "SYRACUSE"),
           E("Location", "New York", "NEW YORK"),
           E("Company", "Mallinckrodt LLC", "Mallinckrodt"),
           E("Person", "Grant C. Jaquith"),
           E("Organization", "DEA"),
           E("Location", "Florida"),
           E("Location", "Hobart")],
 # Jaquith, 'Acting United States Attorney ... announced today' -> no role: no office is named as a body in the kept
 # text (the office line was page chrome, left out) -- near-miss (52q's DuCharme, 52h's O'Brien, the same way)
 roles=[],
 # No relation: the plant in Hobart is a site, not a unit named as an organisation; Mallinckrodt and the distributors
 # it 'supplied' are unnamed (near-miss: partner needs a named counterparty)
 relations=[],
 outages=[],
 # 'announced today' -> 'today' 2017-07-11; 'From 2008 until 2011' -> '2008', '2011'. Skipped: 'the current opioid
 # epidemic' (no calendar value)
 dates=[D("today", "2017-07-11"), D("2008", "2008"), D("2011", "2011")])

# ---- Practice Fusion, Inc., USAO District of Vermont, published null (2020, day not known) ----------------------------
A["us-doj-usao-vt-practice-fusion-dpa-public-document-repository-pharma-co-x-2020"] = dict(
 # Companies: Practice Fusion, Inc. ('electronic medical record vendor'; 'Practice Fusion' and 'Practice Fusion\u2019s':
 # alias), Pharma Co. X ('an opioid company (\u201cPharma Co. X\u201d)': the text's defined name for one business --
 # **doubtful**: a placeholder, not the company's name; a reader may annotate nothing; 'an opioid company' in the
 # quotation is generic). People: Christina E. Nolan (twice). Not annotated: 'the District of Vermont' (a judicial
 # district, no court or office named as a body -- near-miss, 53f's Southern District of Florida), the Anti-Kickback
 # Statute (a law), the DPA (an agreement), 'her office' (unnamed), the public document repository and 'a website'
 # (unnamed -- near-miss: no Service name)
 entities=[E("Person", "Christina E. Nolan"),
           E("Company", "Practice Fusion, Inc.", "Practice Fusion"),
           E("Company", "Pharma Co. X")],
 # Nolan, 'the United States Attorney for the District of Vermont' -> no role: the office is not named as a body
 # (near-miss; the lane's way for a U.S. Attorney)
 roles=[],
 # No relation: Practice Fusion received 'remuneration from an opioid company ("Pharma Co. X")' in a criminal
 # conspiracy -- near-miss: a kickback arrangement, not stated as a partner, supplier or customer relationship
 # (**doubtful**: a reader may read partner(Practice Fusion, Inc., Pharma Co. X))
 relations=[],
 outages=[],
 # 'the January 27, 2020, Deferred Prosecution Agreement' -> 'January 27, 2020' 2020-01-27. Skipped: 'announced today'
 # (published unknown: not resolvable to a day -- near-miss)
 dates=[D("January 27, 2020", "2020-01-27")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
