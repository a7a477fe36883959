#!/usr/bin/env python3
"""Batch 45b gold annotations (the texts of batch45b.py: the Antitrust Division's Federal Register notices on United
States v. Raytheon Company and Texas Instruments Inc., the proposed acquisition by Raytheon of TI's Defense Systems and
Electronics Unit, 23 July 1997; and on United States v. Raytheon Company, General Motors Corporation, and HE Holdings,
Inc., the proposed acquisition by Raytheon of Hughes Aircraft Company with its parents named, 7 November 1997), written
from the texts alone; newskg was not run on them. The split follows the fixed rule: the sorted ids dealt along test,
train, dev, train (batch10_annotate's write_parts). Dates resolve against `published`.
Conventions (batches 16e, 21c, 40zk, 41c, 42w, 42z, 43c, 43j, 43l, 43m, 43q, 43s, 43v, 44a, 44c, 44e, 44i, 44m, 44n,
44q and 44t for the Division's notices; GUIDELINES section 2): 'the proposed acquisition by X of Y', challenged and
settled on a proposed Final Judgment -> agreed: `acquired` only (42w-44t); a named unit bought ('the <Name> Unit of
Y') -> `acquired` of the unit, as train wp-lenovo's 'PC Division' (batch 21b), and the unit under its owner ("X's Y
division" counts); 'a wholly owned subsidiary of Y' -> parentOrganization; 'an indirect subsidiary of Z' ->
parentOrganization to Z as well (batch 40u's SmarTone: an indirect holding -> parentOrganization to both); "X's <Name>
Segment" -> the named unit a Company under X (43l, 43m, 44t's Ocean Systems); 'the X/Y joint venture' -> partner (a
joint venture between two named organisations, GUIDELINES); an ordered divestiture of an unnamed business naming no
buyer -> nothing (near-miss); 'Name, Chief, X Section, Antitrust Division' -> head of the Section, current, the
Section under the Division, the Division under the Department (21c, 42z, 43m, 44c); the court as the notice names it,
'the United States District Court in the District of Columbia' (44i, 44m); the United States as plaintiff or place
-> Location, without the case name's form as an alias (43q-44t); the address 'Washington, D.C.' -> Location (21c,
40zk, 43m); product kinds and programmes ('X-band high power amplifier monolithic microwave integrated circuits',
'focal plane array', 'the Follow-on-to-TOW (``FOTT'') missile program') not annotated; the Federal Register, laws,
court papers, 'the Court', street addresses and telephone numbers not annotated (43c).
usage: batch45b_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather46b/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, parents
import batch10_annotate as b10
from batch41c_annotate import ATR

A = {}
US = E("Location", "United States")
DDCI = "United States District Court in the District of Columbia"
RAY = "Raytheon Company"

# ---- Raytheon / TI's Defense Systems and Electronics Unit, Federal Register notice, published 1997-07-23 (a Wednesday)
DSE = "Defense Systems and Electronics Unit"
TI = "Texas Instruments Inc."
LIT = "Litigation II Section"
USDOJ = "United States Department of Justice"
A["us-doj-federal-register-raytheon-texas-instruments-defense-systems-electronics-proposed-final-judgment-1997"] = dict(
 # Companies: Raytheon Company (the transaction; 'Raytheon' in 'the acquisition by Raytheon of DS&E' and 'requires
 # Raytheon to divest', an alias), the Defense Systems and Electronics Unit ("the Defense Systems and Electronics Unit
 # of Texas Instruments Inc. (``DS&E'')"; 'DS&E' three times more, an alias; typed Company as a named unit bought,
 # as 44t's Ocean Systems; **doubtful**: a reader may type a unit Organization or leave a unit with no legal suffix
 # out), Texas Instruments Inc. (once, the unit's owner). Organizations: the court as the notice names it ('in the
 # District of Columbia'), the Litigation II Section (the chief's section), the Antitrust Division, the United States
 # Department of Justice (the address: the only form of the Department in the kept text). Person: J. Robert Kramer.
 # Locations: the United States (plaintiff: 'the United States filed a Complaint'), Washington, D.C. (the address).
 # Not annotated: 'X-band high power amplifier monolithic microwave integrated circuits (``MMICs'')' (a kind of
 # product, no product name), 'the MMICs business of DS&E' (an unnamed business), 'the Federal Register', 'the
 # Court', the laws and court papers, the civil number, the street address, suite and telephone number
 entities=[E("Organization", DDCI), US, E("Company", RAY, "Raytheon"), E("Company", DSE, "DS&E"), E("Company", TI),
           E("Person", "J. Robert Kramer"), E("Organization", LIT), E("Organization", ATR),
           E("Organization", USDOJ), E("Location", "Washington, D.C.")],
 # 'J. Robert Kramer, Chief, Litigation II Section, Antitrust Division' -> head of the Section, current (21c, 42z,
 # 43m, 44c)
 roles=[R("J. Robert Kramer", "head", LIT)],
 # 'the proposed acquisition by Raytheon Company of the Defense Systems and Electronics Unit of Texas Instruments
 # Inc.', challenged and settled on a proposed Final Judgment -> agreed: acquired only, of the named unit (train
 # wp-lenovo's acquired(Lenovo, PC Division); **doubtful**: GUIDELINES leave purchases of plants, outlets and assets
 # out, and a reader may take a unit for a business and record nothing, as 44t did for AlliedSignal's unnamed 'sonar
 # business'; here the unit has a name and an abbreviation of its own). 'the Defense Systems and Electronics Unit of
 # Texas Instruments Inc.' -> parentOrganization(unit, TI) ('Y, a unit of X' counts; the notice does not say the sale
 # closed, so TI stays the owner the text states). 'requires Raytheon to divest the MMICs business of DS&E' -> an
 # unnamed business, no buyer -> nothing (**near-miss**). The Section under the Division, the Division under the
 # Department (44c)
 relations=[L(RAY, "acquired", DSE), L(DSE, "parentOrganization", TI), L(LIT, "parentOrganization", ATR),
            L(ATR, "parentOrganization", USDOJ)],
 outages=[],
 # 'July 2, 1997' -> 1997-07-02. Not dates: '16(b)-(h)', 'Civil No. 1:97CV01515', 'Section 7', '15 U.S.C. Sec. 18',
 # 'the statutory 60-day comment period' (a span), 'Suite 3000', '20530', the telephone number
 dates=[D("July 2, 1997", "1997-07-02")])

# ---- Raytheon / Hughes Aircraft, Federal Register notice, published 1997-11-07 (a Friday) ---------------------------
HAC = "Hughes Aircraft Company"
HEH = "HE Holdings, Inc."
GMC = "General Motors Corporation"
RTIS = "Raytheon TI Systems"
SCS = "Sensors and Communications Segment"
LMC = "Lockheed Martin Corp."
A["us-doj-federal-register-raytheon-hughes-aircraft-he-holdings-general-motors-proposed-final-judgment-1997"] = dict(
 # Companies: Raytheon Company (the transaction; 'Raytheon' four times more, an alias), Hughes Aircraft Company (the
 # transaction and "Hughes Aircraft Company's"; 'Hughes' in 'the Hughes FOTT team' and 'between Raytheon and Hughes',
 # an alias), HE Holdings, Inc., General Motors Corporation (each once, Hughes' owners), Raytheon TI Systems ("Raytheon
 # TI Systems (``RTIS'')"; 'RTIS' in 'RTIS/Lockheed Martin Corp.' and 'RTIS/Lockheed Martin', an alias), the Sensors
 # and Communications Segment ("Hughes Aircraft Company's Sensors and Communications Segment": a named unit, typed
 # Company as 44t's Ocean Systems; **doubtful** as there), Lockheed Martin Corp. ('RTIS/Lockheed Martin Corp.';
 # 'Lockheed Martin' in 'the RTIS/Lockheed Martin FOTT team', an alias). Organization: the court as the notice names
 # it ('in the District of Columbia'). Location: the United States (plaintiff: 'the United States filed a
 # Complaint'). Not annotated: 'the Follow-on-to-TOW (``FOTT'') missile program' and 'the FOTT missile' (a weapons
 # programme and a missile still bid for; GUIDELINES: programmes are no entities; **doubtful**: a reader may type the
 # missile a Service as a product), 'TOW' inside the programme's name, 'the second generation and third generation
 # focal plane array business' and 'the second generation ground electro-optical business' (unnamed businesses), the
 # FOTT teams (unnamed groups), the laws and court papers, the civil number
 entities=[E("Organization", DDCI), US, E("Company", RAY, "Raytheon"), E("Company", HAC, "Hughes"),
           E("Company", HEH), E("Company", GMC), E("Company", RTIS, "RTIS"), E("Company", SCS),
           E("Company", LMC, "Lockheed Martin")],
 # No person in the kept text (the section chief's name is in the paragraph cut off)
 roles=[],
 # 'the proposed acquisition by Raytheon Company of Hughes Aircraft Company', challenged and settled on a proposed
 # Final Judgment -> agreed: acquired only (42w-44t; **doubtful** as there: the notice does not say the deal closed,
 # so no parentOrganization to Raytheon). 'Hughes Aircraft Company, a wholly owned subsidiary of HE Holdings, Inc. and
 # an indirect subsidiary of General Motors Corporation' -> parentOrganization of Hughes to both (an indirect holding
 # -> parentOrganization, as batch 40u's SmarTone). HE Holdings under General Motors -> nothing (**doubtful** /
 # **near-miss**: the likeliest route of the indirect holding, but the text does not say that HE Holdings is General
 # Motors' subsidiary). "Hughes Aircraft Company's Sensors and Communications Segment" -> parentOrganization(Segment,
 # Hughes) ("X's Y division" counts). Raytheon TI Systems under Raytheon: 'requires Raytheon to ... Divest the ...
 # business of Raytheon TI Systems' and the name -> parentOrganization(RTIS, Raytheon) (**doubtful**: the text does
 # not say 'subsidiary'; a careful reader takes a company ordered to sell RTIS's business to own RTIS). 'the
 # RTIS/Lockheed Martin Corp. joint venture FOTT team' -> partner(RTIS, Lockheed Martin Corp.) (a joint venture, the
 # direction as written). The divestitures of the two unnamed businesses name no buyer -> nothing (**near-miss**);
 # 'competition between Raytheon and Hughes in bids for the FOTT missile' -> rivals, no relation
 relations=[L(RAY, "acquired", HAC)] + parents(HEH, HAC) + parents(GMC, HAC) + parents(HAC, SCS)
           + parents(RAY, RTIS) + [L(RTIS, "partner", LMC)],
 outages=[],
 # 'October 16, 1997' -> 1997-10-16. Not dates: '16(b)-(h)', 'Civil No. 1:97CV02397', 'Section 7', '15 U.S.C. Sec.
 # 18', 'second generation', 'third generation', '(1)' to '(3)'
 dates=[D("October 16, 1997", "1997-10-16")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
