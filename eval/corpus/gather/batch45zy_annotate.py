#!/usr/bin/env python3
"""Batch 45zy gold annotations (the texts of batch45zy.py: the Antitrust Division's Federal Register notices on United
States v. First Data Corporation and Concord EFS, Inc. (10 February 2004) and on United States v. DNH International
Sarl, Dyno Nobel, Inc., El Paso Corp., and Coastal Chem, Inc. (17 February 2004)), written from the texts alone; newskg
was not run on them. The split follows the fixed rule: the sorted ids dealt along test, train, dev, train
(batch10_annotate's write_parts). Dates resolve against `published`.
Conventions (batches 16e, 21c, 40zi, 41c, 42w, 42z, 43c, 43h, 43m, 44c, 44n, 45o and 45z for the Division's notices;
GUIDELINES section 2): 'the proposed acquisition by X of Y', challenged and settled on a proposed Final Judgment ->
agreed: `acquired` only (42w-45z); the purchase of plants ('two ... production plants owned by ...') -> an asset
purchase: nothing; 'X subsidiary Y' -> parentOrganization(Y, X) (44b's "its subsidiary, Y"); a named PIN debit network
-> Service (GUIDELINES: networks are Service), with its owner as provider ('Concord's STAR ... network'; 'First Data
owns a controlling 64 percent interest in NYCE', **doubtful**); the United States as plaintiff -> Location (40zi, 44c,
45o, 45z); the address 'Washington, DC' -> one Location (21c, 40zk, 42w, 43h); 'the Department of Justice, Antitrust
Division' (an address) -> the Division under the Department (41c's ATR_DOJ; **doubtful** for a bare address); the
court's full name -> Organization (45z); a short form defined in the text ('(\u201cDyno\u201d)') or used for a party
('First Data', 'Concord', 'El Paso Corp.') -> alias; laws, court papers, the Federal Register, product kinds ('PIN
debit network services', 'industrial grade ammonium nitrate'), unnamed plants and facilities, street addresses,
telephone numbers, 'the Office of the Clerk' (an office of the court, folded in) not annotated.
usage: batch45zy_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather46zy/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L
import batch10_annotate as b10
from batch41c_annotate import DOJ, ATR, ATR_DOJ

A = {}
US = E("Location", "United States")
DDCN = "United States District Court for the District of Columbia"
WDC = E("Location", "Washington, DC")

# ---- First Data / Concord EFS, notice (UNT edocket copy), published 2004-02-10 (a Tuesday) --------------------------
FDC = "First Data Corporation"
CEF = "Concord EFS, Inc."
A["us-doj-federal-register-first-data-concord-efs-nyce-proposed-final-judgment-2004"] = dict(
 # Companies: First Data Corporation (once in the case name; 'First Data' three times more: an alias), Concord EFS,
 # Inc. (once in the case name; 'Concord' once and "Concord's" once: an alias). Services: STAR ("Concord's STAR PIN
 # debit network"; the network's name 'STAR', the words 'PIN debit network' a description), NYCE ('the NYCE PIN debit
 # network', 'interest in NYCE', 'its interests in NYCE'; **doubtful**: the stake points to a company behind the
 # network -- a reader may type NYCE Company and record parentOrganization(NYCE, First Data Corporation), the
 # lane's controlling-stake reading; the text only ever calls it a network, so Service). Organizations: the court
 # (full name twice), the Department of Justice (once, 'at the Department of Justice in Washington, DC'). Locations:
 # the United States (plaintiff: 'United States of America v.', 'the United States filed'; one entity, the case
 # name's 'United States of America' an alias), Washington, DC (twice, the addresses). Not annotated: the Act, the
 # Complaint, the proposed Final Judgment, the Amended Hold Separate Stipulation and Order, the Competitive Impact
 # Statement, 'the PIN debit network services market' (a market), Room 9500 and 600 E Street (an address), 'the
 # Office of the Clerk' (folded into the court)
 entities=[E("Location", "United States", "United States of America"), E("Organization", DDCN),
           E("Company", FDC, "First Data"), E("Company", CEF, "Concord"), E("Service", "STAR"),
           E("Service", "NYCE"), E("Organization", DOJ), WDC],
 # No person is named in the kept text (the section chief and the signature are past the cut)
 roles=[],
 # 'the proposed acquisition by First Data of Concord', sued on and settled on a proposed Final Judgment -> agreed:
 # acquired(First Data Corporation, Concord EFS, Inc.) only (42w-45z; **doubtful** as ever for an agreed deal).
 # "Concord's STAR PIN debit network" -> provider(STAR, Concord EFS, Inc.). 'First Data owns a controlling 64
 # percent interest in NYCE' -> provider(NYCE, First Data Corporation) (**doubtful**: NYCE as Service run by its
 # controlling owner; the Company reading gives parentOrganization instead). 'requires First Data to divest all of
 # its interests in NYCE' -> nothing new (no buyer named; **near-miss**). 'combining Concord's STAR ... with the NYCE
 # ... network' -> no partner (the networks are competitors combined by the deal; **near-miss**)
 relations=[L(FDC, "acquired", CEF), L("STAR", "provider", CEF), L("NYCE", "provider", FDC)],
 outages=[],
 # 'October 23, 2003' -> 2003-10-23 (the Complaint's filing). Not dates: '60 days' (a period), '15 U.S.C. section
 # 16(b) through (h)', '03CV02169', 'Section 7', '15 U.S.C. 18', '64 percent'
 dates=[D("October 23, 2003", "2003-10-23")])

# ---- DNH / Dyno Nobel / El Paso / Coastal Chem, notice (casetext), published 2004-02-17 (a Tuesday) -----------------
DNH = "DNH International Sarl"
DYN = "Dyno Nobel, Inc."
EPC = "El Paso Corporation"
CCI = "Coastal Chem, Inc."
A["us-doj-federal-register-dnh-dyno-nobel-el-paso-coastal-chem-ammonium-nitrate-2004"] = dict(
 # Companies: DNH International Sarl (twice), Dyno Nobel, Inc. (twice; defined '(\u201cDyno\u201d)', used once more:
 # alias 'Dyno'), El Paso Corporation (once in the notice's words; the case name's 'El Paso Corp.' an alias --
 # **doubtful** which form is the name: the full 'Corporation' form taken, as 45z took Manitowoc's 'Company'),
 # Coastal Chem, Inc. (twice; defined '(\u201cCoastal\u201d)', used once more: alias 'Coastal'). Organizations: the
 # court (full name twice), the Department of Justice and the Antitrust Division (once each, in the address
 # 'the Department of Justice, Antitrust Division'). Locations: the United States (plaintiff: 'United States of
 # America v.', 'the United States filed', 'at the direction of the United States', 'filed by the United States';
 # one entity, 'United States of America' an alias), Vineyard and Utah ('a Vineyard, Utah, IGAN production
 # facility'), Battle Mountain and Nevada ('its Battle Mountain, Nevada, IGAN production facility'; 'City, State' ->
 # two Locations, 42k, 43l, 44n), Washington, DC (the two addresses, one Location). Not annotated: the two plants and
 # the two facilities (unnamed; a place name plus a kind, no facility name -- **doubtful**: a reader may take 'the
 # Vineyard, Utah, IGAN production facility' as a named site), 'IGAN' (a product kind), the Act, the court papers,
 # the street addresses and the telephone number, 'the Office of the Clerk' (folded into the court)
 entities=[E("Location", "United States", "United States of America"), E("Organization", DDCN),
           E("Company", DNH), E("Company", DYN, "Dyno"), E("Company", EPC, "El Paso Corp."),
           E("Company", CCI, "Coastal"), E("Location", "Vineyard"), E("Location", "Utah"),
           E("Location", "Battle Mountain"), E("Location", "Nevada"), E("Organization", DOJ),
           E("Organization", ATR), WDC],
 # No person is named in the kept text (the section chief and the signature are past the cut)
 roles=[],
 # 'DNH International Sarl subsidiary Dyno Nobel, Inc.' -> parentOrganization(Dyno Nobel, Inc., DNH International
 # Sarl). 'El Paso Corporation subsidiary Coastal Chem, Inc.' -> parentOrganization(Coastal Chem, Inc., El Paso
 # Corporation). 'the Department of Justice, Antitrust Division' -> the Division under the Department (ATR_DOJ;
 # **doubtful**: an address line, not a sentence). 'the proposed acquisition by ... Dyno Nobel, Inc. ... of two
 # industrial grade ammonium nitrate ("IGAN") production plants owned by ... Coastal Chem, Inc.' and 'its Battle
 # Mountain, Nevada, IGAN production facility just acquired from Coastal' -> an asset purchase (plants): nothing
 # (GUIDELINES; **near-miss**: not acquired(Dyno Nobel, Coastal Chem)). 'requires Dyno to divest its interest in a
 # Vineyard, Utah, IGAN production facility' -> nothing (an interest in an unnamed facility, no buyer named;
 # **near-miss**)
 relations=[L(DYN, "parentOrganization", DNH), L(CCI, "parentOrganization", EPC), ATR_DOJ],
 outages=[],
 # 'December 2, 2003' -> 2003-12-02 (the Complaint's filing). Not dates: 'at the same time as the Complaint' (the
 # same day, no new surface date), '15 U.S.C. 16(b) through (h)', '1:03CV2486', 'Section 7', '15 U.S.C. 18', the
 # suite, street and zip numbers, '202-514-2481'
 dates=[D("December 2, 2003", "2003-12-02")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
