#!/usr/bin/env python3
"""Batch 54y gold annotations (the texts of batch54y.py: the Antitrust Division's release of 14 June 1995 on Ben's
Truck Parts & Equipment Inc., 'a Toledo, Ohio, truck parts company', and 'its president, Donald L. Solomon', charged
in Harrisburg with rigging bids on military surplus sold by the Defense Reutilization and Marketing Office, 'an agency
of the Defense Logistics Agency'; the Division's release of 8 July 1997 on Pittsburgh Rigging Company, Inc. of Clinton,
Pennsylvania, charged in Pittsburgh with allocating customers and rigging bids for bridge inspection and structural
rigging services), written from the texts alone; newskg was not run on them. The split follows the fixed rule: the
sorted ids dealt along test, train, dev (batch10_annotate's write_parts). Dates resolve against `published`.
Conventions (the DOJ lane's releases, 41p and 43e; 51n-54s; GUIDELINES section 2): "the Department's Antitrust
Division" after 'the Department of Justice announced' / 'charged today by the Department of Justice' ->
parentOrganization(Antitrust Division, Department of Justice) (53f, 53r, 53t, 54m); 'the Department' / "the
Department's" alone (generic after the full name), 'the charge', 'the company' -> no alias (54m); 'Acting Assistant
Attorney General in charge of the Antitrust Division' -> head at the Antitrust Division, current (51l, 51x: acting is
current); 'United States Attorney for the Western District of Pennsylvania' with no office named as a body -> no role
(52h, 52q, 53k), the district not an entity (52q); 'U.S. District Court in <city>' (no 'the') -> Organization 'U.S.
District Court' (51t-54s); the dateline ('WASHINGTON, D.C.') -> one Location (42z, 53zh-54s); a town and its state
('Toledo, Ohio', 'Harrisburg, Pennsylvania', 'Clinton, Pennsylvania') -> two Locations each, the state one entity
however often named (53t, 53w, 54g, 54s); 'X and its president, Y' -> president at X, current (54a's Shapiro); a
company's short form without 'Inc.' / '& Equipment' ("Ben's Truck Parts") and a surname alone ('Solomon') -> alias
(53zh, 53zm, 54a, 54s); 'Y, an agency of X' between government bodies -> parentOrganization(Y, X) (GUIDELINES: 'Y, a
unit of X'; the lane's Division-under-Department way); a government seller at auction and its buyers -> no partner
(54a's APAC, 54m's Peck & Hale, 54s's Allied: the government as buyer or seller, **doubtful**); unnamed co-conspirators
('others', 'another rigging company'), customers, project owners and general contractors -> nothing; product and
service classes (military surplus, vehicles and vehicle parts, bridge inspection and structural rigging services),
charges and laws (the Sherman Act) -> nothing; 'today' -> one item 'today'; 'from <month year> through <month year>'
-> two month items.
usage: batch54y_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather55y/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

DOJ = "Department of Justice"
ATR = "Antitrust Division"
USDC = "U.S. District Court"
BTP = "Ben's Truck Parts & Equipment Inc."
DLS = "Donald L. Solomon"
DRMO = "Defense Reutilization and Marketing Office"
DLA = "Defense Logistics Agency"
PRC = "Pittsburgh Rigging Company, Inc."
JIK = "Joel I. Klein"
FWT = "Frederick W. Thieman"
A = {}

# ---- Ben's Truck Parts & Equipment Inc. / president Donald L. Solomon, published 1995-06-14 (a Wednesday) -------------
A["us-doj-atr-bens-truck-parts-equipment-toledo-president-solomon-military-surplus-auction-bid-rigging-1995"] = dict(
 # Company: Ben's Truck Parts & Equipment Inc. ('a Toledo, Ohio, truck parts company' first; "Ben's Truck Parts"
 # twice: alias). Organizations: Department of Justice ('the Department of Justice announced'; 'The Department said'
 # generic), Antitrust Division ("The Department's Antitrust Division"), U.S. District Court ('in U.S. District Court
 # in Harrisburg, Pennsylvania'), Defense Reutilization and Marketing Office (twice), Defense Logistics Agency (once).
 # Person: Donald L. Solomon ('its president' first; 'Solomon' twice: alias). Locations: WASHINGTON, D.C. (the
 # dateline, an em dash after it), Toledo, Ohio (the company's town and state), Pennsylvania ('government auctions in
 # Pennsylvania', 'Harrisburg, Pennsylvania', 'both Pennsylvania': one entity), Harrisburg (the court's city),
 # Mechanicsburg and Chambersburg (the auction towns). Not annotated: 'Federal antitrust prosecutors', 'others' (no
 # names); 'government auctions' (no name); military surplus, vehicles and vehicle parts (goods classes); the Sherman
 # Act is not named in the kept text; Anne K. Bingaman (only in the cut sentence)
 entities=[E("Location", "WASHINGTON, D.C."),
           E("Location", "Toledo"),
           E("Location", "Ohio"),
           E("Location", "Pennsylvania"),
           E("Organization", DOJ),
           E("Organization", ATR),
           E("Organization", USDC),
           E("Location", "Harrisburg"),
           E("Company", BTP, "Ben's Truck Parts"),
           E("Person", DLS, "Solomon"),
           E("Organization", DRMO),
           E("Organization", DLA),
           E("Location", "Mechanicsburg"),
           E("Location", "Chambersburg")],
 # "Ben's Truck Parts & Equipment Inc. and its president, Donald L. Solomon" -> president at Ben's Truck Parts &
 # Equipment Inc., current (no tense word; 'a Toledo, Ohio, truck parts company and its president' in the first
 # paragraph agrees). Near-miss: no official's role survives the cut (Bingaman's sentence breaks off)
 roles=[R(DLS, "president", BTP)],
 # "The Department's Antitrust Division" after 'the Department of Justice announced' -> parentOrganization(Antitrust
 # Division, Department of Justice) (54m's way). 'the Defense Reutilization and Marketing Office, an agency of the
 # Defense Logistics Agency' -> parentOrganization(Defense Reutilization and Marketing Office, Defense Logistics
 # Agency) (GUIDELINES: 'Y, a unit of X'; **doubtful**: 'an agency of' read as a unit statement between two government
 # bodies; a reader may keep relations to companies only). Near-misses: Ben's Truck Parts buying 'military surplus ...
 # sold by the Defense Reutilization and Marketing Office' at auction (a buyer at a government sale, by rigged bids: no
 # partner, **doubtful**, the lane's no-partner way for government buyers and sellers); the Defense Logistics Agency
 # under the Department of Defense (not named: knowledge only); the Department of Justice and the court (no tie stated)
 relations=[L(ATR, "parentOrganization", DOJ),
            L(DRMO, "parentOrganization", DLA)],
 outages=[],
 # 'charged ... today' -> 'today' 1995-06-14; 'from January 1991 through December 1994' -> 'January 1991' 1991-01,
 # 'December 1994' 1994-12
 dates=[D("today", "1995-06-14"), D("January 1991", "1991-01"), D("December 1994", "1994-12")])

# ---- Pittsburgh Rigging Company, Inc., published 1997-07-08 (a Tuesday) -----------------------------------------------
A["us-doj-atr-pittsburgh-rigging-company-clinton-bridge-inspection-structural-rigging-bid-rigging-1997"] = dict(
 # Company: Pittsburgh Rigging Company, Inc. ('A Pennsylvania rigging company' first; 'the company' once: generic, no
 # alias; no short form in the text). Organizations: Department of Justice ('charged today by the Department of
 # Justice'; 'The Department said' generic), U.S. District Court ('filed in U.S. District Court in Pittsburgh,
 # Pennsylvania'), Antitrust Division ("the Department's Antitrust Division"; 'in charge of the Antitrust Division'
 # again: one entity). People: Joel I. Klein, Frederick W. Thieman (once each). Locations: Pennsylvania ('A
 # Pennsylvania rigging company', 'Pittsburgh, Pennsylvania', 'Clinton, Pennsylvania', and inside 'the Western District
 # of Pennsylvania': one entity), Pittsburgh (the court's city; 'Pittsburgh' inside the company's name is the name's
 # own), Clinton (the company's town). No dateline (the release opens with its first sentence). Not annotated: the
 # Western District of Pennsylvania (a judicial district, only inside Thieman's title: 52q's way, no entity);
 # 'another rigging company' (unnamed), 'certain customers', 'project owners or general contractors' (unnamed); 'a
 # grand jury' (no name); the Sherman Act (a law); bridge inspection and structural rigging services, manpower,
 # traffic control, boom and bucket trucks (service classes)
 entities=[E("Location", "Pennsylvania"),
           E("Organization", DOJ),
           E("Organization", USDC),
           E("Location", "Pittsburgh"),
           E("Organization", ATR),
           E("Company", PRC),
           E("Location", "Clinton"),
           E("Person", JIK),
           E("Person", FWT)],
 # 'Joel I. Klein, Acting Assistant Attorney General in charge of the Antitrust Division' -> head at the Antitrust
 # Division, current (acting is current: 51l, 51x; **doubtful** as those, a reader may leave an acting head out).
 # 'Frederick W. Thieman, United States Attorney for the Western District of Pennsylvania' -> no role (no office named
 # as a body in the text: 52h, 52q, 53k; **near-miss**: head at a United States Attorney's Office a reader may supply).
 # No officer of Pittsburgh Rigging is named (a company-only text, as 54s's Allied)
 roles=[R(JIK, "head", ATR)],
 # "the Department's Antitrust Division" after 'charged today by the Department of Justice' -> parentOrganization
 # (Antitrust Division, Department of Justice) (54m's way). Near-misses: Pittsburgh Rigging and 'another rigging
 # company' (a conspiracy between competitors, the other unnamed: no partner); its 'certain customers', 'project owners
 # or general contractors' (unnamed: no partner)
 relations=[L(ATR, "parentOrganization", DOJ)],
 outages=[],
 # 'was charged today' -> 'today' 1997-07-08; 'from September 1993 through September 1995' -> 'September 1993'
 # 1993-09, 'September 1995' 1995-09
 dates=[D("today", "1997-07-08"), D("September 1993", "1993-09"), D("September 1995", "1995-09")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
