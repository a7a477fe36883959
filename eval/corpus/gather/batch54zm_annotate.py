#!/usr/bin/env python3
"""Batch 54zm gold annotations (the texts of batch54zm.py: the Western District of Washington's release of 19 December
2012, as the FBI's archived Seattle pages carry it, on Amgen Inc.'s $762.1 million settlement over the misbranding of
certain drugs; the Justice Department Office of Public Affairs' release of 20 September 2012 on AU Optronics Corporation
and its American subsidiary, AU Optronics Corporation America, sentenced for the LCD price-fixing conspiracy), written
from the texts alone; newskg was not run on them. The split follows the fixed rule: the sorted ids dealt along test,
train, dev (batch10_annotate's write_parts). Dates resolve against `published`.
Conventions (the DOJ lane's releases, 41p and 43e; 51n-54zh; GUIDELINES section 2): 'Its American subsidiary' / 'The
company and its American subsidiary, X' -> parentOrganization(X, the company) (54x's, 54zc's and 54zh's subsidiary
readings); 'Deputy Assistant Attorney General for the Antitrust Division's criminal enforcement program' -> other at
the Antitrust Division (a deputy, not the Division's head: batch 16e's J. Bruce McDonald reading); the Antitrust
Division with no relation to the Department of Justice where the text does not call it the Department's (40zm's
Division of Enforcement reading; near-miss); judges and 'U.S. Attorney X, <judicial district>' -> Person, no role
(53k, 54f, 54x, 54zc, 54zh: the district is no entity); courts written only as 'U.S. District Court in <city>' -> no
entity (54zc, 54zh); 'the United States' as the party to a settlement -> no entity (54zh's party-wronged reading;
near-miss, **doubtful** beside 54x's Location), 'the United States' as a place ('trade publications in the United
States and Taiwan') -> Location; 'U.S.' as a modifier ('U.S. antitrust laws', 'U.S. history') -> no alias
(**doubtful**); dateline city -> Location as written ('SEATTLE', 'WASHINGTON'), with the same city written again in
another case as an alias ('Seattle').
usage: batch54zm_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather55zm/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- Amgen Inc., USAO W.D. Wash. (FBI Seattle archive), published 2012-12-19 (a Wednesday) --------------------------
AMG = "Amgen Inc."
A["us-doj-usao-wdwa-amgen-pays-762-million-misbranding-settlement-fbi-seattle-2012"] = dict(
 # Company: Amgen Inc. ('American biotechnology giant Amgen Inc. (Amgen)'; 'Amgen' once more: alias 'Amgen'; 'a
 # biotechnology company', 'pharma companies' generic). Person: Jenny A. Durkan ('U.S. Attorney Jenny A. Durkan', twice,
 # full name both times). Organization: Main Justice ('the U.S. Attorney's Offices ... and Main Justice': the
 # Justice Department's headquarters by its usual name -- a named body, **doubtful**: a reader may leave it out as
 # jargon or read it as the Justice Department, which the text never names). Location: SEATTLE (dateline, as written),
 # with 'Seattle' ('filed in Seattle') as its alias. Not annotated: 'the United States' ('a settlement with the United
 # States': the government as a party, no entity -- 54zh's reading, **doubtful** beside 54x's Location); 'U.S.' ('in
 # U.S. history': a modifier); the Western District of Washington and 'the Eastern District of New York and
 # Massachusetts' (judicial districts: no entity, 54l/54x); 'the U.S. Attorney's Offices in the Eastern District of New
 # York and Massachusetts' (two offices in one plural phrase, neither named on its own: near-miss); 'a drug compendia',
 # 'a drug', 'certain drugs' (unnamed: no Service -- the drug, Aranesp, is named only after the cut); 'The qui tam
 # lawsuit' (a case)
 entities=[E("Location", "SEATTLE", "Seattle"),
           E("Company", AMG, "Amgen"),
           E("Person", "Jenny A. Durkan"),
           E("Organization", "Main Justice")],
 # No role: Durkan, 'U.S. Attorney ..., Western District of Washington' (the office is named only by its judicial
 # district, no entity: 53k, 54f, 54zh's Memeger -- near-miss, **doubtful**: a reader may give head of the U.S.
 # Attorney's Office). No company officer is in the kept text
 roles=[],
 # No relation. Near-misses: the settlement 'with the United States' (a legal resolution, no partner); Amgen and the
 # unnamed 'drug compendia' (no named party); the offices' 'coordination' with Main Justice (no relation between
 # government bodies the text names apart)
 relations=[],
 outages=[],
 # 'announced today', 'was unsealed today' -> 'today' 2012-12-19 (one item: same text, same value). Near-miss: none
 # other (no other time expression in the kept text)
 dates=[D("today", "2012-12-19")])

# ---- AU Optronics Corporation, DOJ OPA, published 2012-09-20 (a Thursday) --------------------------------------------
AUO = "AU Optronics Corporation"
ATR = "Antitrust Division"
A["us-doj-opa-au-optronics-american-subsidiary-sentenced-500-million-lcd-price-fixing-2012"] = dict(
 # Companies: AU Optronics Corporation ('AU Optronics Corporation, a Taiwan-based liquid crystal display (LCD)
 # producer', twice in full; 'The company', 'a company' generic: no alias), AU Optronics Corporation America ('its
 # American subsidiary, AU Optronics Corporation America'; 'Its American subsidiary' generic). Organizations:
 # Department of Justice ('the Department of Justice announced'), Antitrust Division ('the Antitrust Division's criminal
 # enforcement program'). People: Susan Illston ('Judge Susan Illston'), Scott D. Hammond. Locations: WASHINGTON
 # (dateline, as written), San Francisco ('U.S. District Court in San Francisco'), United States and Taiwan ('trade
 # publications in the United States and Taiwan'; 'Taiwan-based' is the same place: no second surface form to alias).
 # Not annotated: 'U.S. District Court' (a court written only by its level and city: no entity, 54zc/54zh -- near-miss,
 # **doubtful**: GUIDELINES make courts Organization where named); 'U.S.' ('the U.S. antitrust laws': a modifier, no
 # alias of United States, **doubtful**); 'thin-film transistor LCD panels', 'notebook computers, computer monitors and
 # LCD televisions' (product kinds, no named Service); 'two former top executives' (unnamed in the kept text: the
 # release names Hsuan Bin Chen and Hui Hsiung after the cut); 'three major trade publications' (unnamed)
 entities=[E("Location", "WASHINGTON"),
           E("Company", AUO),
           E("Location", "Taiwan"),
           E("Location", "San Francisco"),
           E("Organization", "Department of Justice"),
           E("Company", "AU Optronics Corporation America"),
           E("Person", "Susan Illston"),
           E("Location", "United States"),
           E("Person", "Scott D. Hammond"),
           E("Organization", ATR)],
 # 'Scott D. Hammond, Deputy Assistant Attorney General for the Antitrust Division's criminal enforcement program' ->
 # other at the Antitrust Division (a deputy who leads one of its programs, not the Division's head: 16e's McDonald
 # reading; **doubtful**, a reader may give head (of the programme, no entity) or executive). Near-miss: Illston (a
 # judge: no role, 54x/54zc/54zh)
 roles=[R("Scott D. Hammond", "other", ATR)],
 # 'Its American subsidiary and two former top executives' and 'The company and its American subsidiary, AU Optronics
 # Corporation America' -> parentOrganization(AU Optronics Corporation America, AU Optronics Corporation). Near-misses:
 # the Antitrust Division under the Department of Justice (true, and the release is the Department's, but the text
 # never writes 'the Department's Antitrust Division': no relation, 40zm's reading -- **doubtful**, a reader may set
 # it); the companies and the compliance monitor (unnamed, to be appointed: no partner); the conspiracy's other
 # members (unnamed in the kept text)
 relations=[L("AU Optronics Corporation America", "parentOrganization", AUO)],
 outages=[],
 # 'was sentenced today', 'were also sentenced today', 'Today's sentencing' -> 'today' 2012-09-20 (one item: the same
 # text ignoring case, same value). Near-misses: 'a five-year conspiracy', 'probation for three years' (lengths, no
 # calendar value)
 dates=[D("today", "2012-09-20")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
