#!/usr/bin/env python3
"""Batch 49k gold annotations (the texts of batch49k.py: two CFTC enforcement press releases from the energy-trading
investigations -- the settlement with 'Houston, Texas energy company El Paso Merchant Energy, L.P. (EPME), a division of
El Paso Corporation (El Paso)', with 'CFTC Chairman James E. Newsome' and 'CFTC Commissioner Sharon Brown-Hruska' quoted
(4765-03, 26 March 2003); the penalties on six energy trading firms, 'Aquila Merchant Services (AMS), a subsidiary of
Aquila, Inc.', 'e prime, Inc. (eprime), a wholly-owned subsidiary of Xcel Energy Inc.', 'Entergy Koch Trading, L.P.
(EKT), a subsidiary of Entergy Koch LP', 'ONEOK Inc. and ONEOK Energy Marketing and Trading Company, L.P.' and
'Calpine Energy Services, L.P. (Calpine Energy), a wholly owned subsidiary of Calpine Corporation', with 'CFTC Chairman
James Newsome' quoted (4883-04, 28 January 2004)), written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts):
the six-firms file to test, the El Paso file to train.
Dates resolve against `published` (each release's date line).
Conventions (the federal SEC/CFTC lane's, batches 18a, 40zm ... 48a, 48d, 48g, 48i, 48j, 49a, 49d, 49g, 49h; looked up
in the corpus's files by their gold only where other matters): regulators -> Organization, the fullest name the text
gives ('U.S. Commodity Futures Trading Commission'), 'CFTC' (and 'Commission' where the text uses it) as alias; 'City,
State' as one Location (49g's 'Cushing, Okla.', 49h's 'Houston, Texas'); 'the U.S. economy' -> Location 'U.S.' (the SEC
files' adjectival 'U.S.'); 'X, a (wholly-owned) subsidiary of Y' and 'X, a division of Y' -> parentOrganization(X, Y);
a regulator's 'Enforcement Division' -> Organization with parentOrganization to the regulator (the SEC files'
'Division of Enforcement' / 'Enforcement Division'); 'CFTC Chairman' -> chairman at the CFTC; 'CFTC Commissioner' ->
other at the CFTC (GUIDELINES: commissioners -> other); a short form the text defines in brackets -> alias; two firms
that settle 'together' with no tie stated -> no relation.
usage: batch49k_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather50k/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

CFTC = "U.S. Commodity Futures Trading Commission"
EPME = "El Paso Merchant Energy, L.P."
EPC = "El Paso Corporation"
TASK = "President\u2019s Corporate Fraud Task Force"
AMS = "Aquila Merchant Services"
AQ = "Aquila, Inc."
EP = "e prime, Inc."
XCEL = "Xcel Energy Inc."
EKT = "Entergy Koch Trading, L.P."
EKLP = "Entergy Koch LP"
OEMT = "ONEOK Energy Marketing and Trading Company, L.P."
CES = "Calpine Energy Services, L.P."
CALP = "Calpine Corporation"
A = {}

# ---- El Paso Merchant Energy settlement, CFTC press release 4765-03, published 2003-03-26 (a Wednesday) -----------------
A["us-cftc-el-paso-merchant-energy-division-el-paso-corporation-natural-gas-false-reporting-attempted-manipulation-2003"] = dict(
 # The U.S. Commodity Futures Trading Commission ('(CFTC)', 'CFTC Chairman', 'CFTC Commissioner'; 'The Commission has
 # been aggressive', 'the Commission, as a market regulator', 'others that the Commission has taken': aliases 'CFTC',
 # 'Commission'); Houston, Texas ('Houston, Texas energy company': one Location, the lane's 'City, State' way --
 # **doubtful**: other corpus files split city and state); El Paso Merchant Energy, L.P. ('(EPME)': alias); El Paso
 # Corporation ('(El Paso)': alias -- the bracket defines it as the corporation's short form, not the Texas city); James E.
 # Newsome and Sharon Brown-Hruska (each named once); the President's Corporate Fraud Task Force (Organization, a
 # government body named inside Newsome's quotation; name with 'President's' as the text gives it -- **doubtful**: a
 # reader may name it 'Corporate Fraud Task Force', or leave a task force out as a programme); 'the U.S. economy' ->
 # Location 'U.S.' (the SEC files' adjectival 'U.S.'; **doubtful**: an adjective a reader may pass over). Not
 # annotated: 'the President' (a post, no person named), 'U.S.' inside the CFTC's own name, 'our energy investigation',
 # 'the gas and power markets', 'the energy markets' (generic)
 entities=[E("Organization", CFTC, "CFTC", "Commission"),
           E("Location", "Houston, Texas"),
           E("Company", EPME, "EPME"),
           E("Company", EPC, "El Paso"),
           E("Person", "James E. Newsome"),
           E("Organization", TASK),
           E("Person", "Sharon Brown-Hruska"),
           E("Location", "U.S.")],
 # 'CFTC Chairman James E. Newsome' -> chairman at the CFTC, current true; 'CFTC Commissioner Sharon Brown-Hruska' ->
 # other at the CFTC, current true (GUIDELINES: commissioners -> other; **doubtful** only in that a reader may give
 # director or executive). Near-miss: 'the President' (unnamed, no person)
 roles=[R("James E. Newsome", "chairman", CFTC, True),
        R("Sharon Brown-Hruska", "other", CFTC, True)],
 # 'El Paso Merchant Energy, L.P. (EPME), a division of El Paso Corporation (El Paso)' -> parentOrganization(EPME, El
 # Paso Corporation). Near-misses: 'We will continue to work hand-in-hand with the President's Corporate Fraud Task
 # Force' (two government bodies cooperating; no partnership, contract or membership stated -- **doubtful**: a reader
 # may give partner(CFTC, task force)); the order 'against' EPME (enforcement, no relation type); the heading's 'EL PASO
 # TRADING UNIT' (heading only, the same tie as the text's)
 relations=[L(EPME, "parentOrganization", EPC)],
 outages=[],
 # 'today' ('announced today') -> 2003-03-26 (`published`). Skipped: 'Today's' inside Newsome's quotation (the same day,
 # one item with 'today', as 49h kept it); 'March 26, 2003' (the release-date line, cut); 'June 2000' and 'November
 # 2001' (in the paragraph cut at the store's break)
 dates=[D("today", "2003-03-26")])

# ---- Six energy trading firms, CFTC press release 4883-04, published 2004-01-28 (a Wednesday) ---------------------------
A["us-cftc-aquila-xcel-energy-entergy-koch-oneok-calpine-subsidiaries-six-energy-trading-firms-false-reporting-2004"] = dict(
 # The U.S. Commodity Futures Trading Commission ('(CFTC)', 'The CFTC also settled', 'CFTC Chairman': alias 'CFTC');
 # Aquila Merchant Services ('(AMS)'); Aquila, Inc. ('(Aquila)'); e prime, Inc. ('(eprime)': the bracket's run-together
 # form, kept as written); Xcel Energy Inc. ('(Xcel Energy)'); Entergy Koch Trading, L.P. ('(EKT)'); Entergy Koch LP
 # ('(EKLP)'); ONEOK Inc. (named once, no short form); ONEOK Energy Marketing and Trading Company, L.P. ('(OEMT)');
 # Calpine Energy Services, L.P. ('(Calpine Energy)'); Calpine Corporation ('(Calpine)') -- all Company, each short form
 # in brackets its alias; James Newsome (named once); the Enforcement Division ('I commend our Enforcement Division':
 # Organization, the CFTC's unit -- 'our' in the Chairman's words -- as the SEC files' 'Enforcement Division'). Not
 # annotated: 'six energy firms', 'several other energy companies' (generic), 'five administrative orders', 'the energy
 # investigations' (documents, proceedings), 'U.S.' inside the CFTC's own name; Gregory Mocek, whose sentence is cut at
 # the store's break (not in the text)
 entities=[E("Organization", CFTC, "CFTC"),
           E("Company", AMS, "AMS"),
           E("Company", AQ, "Aquila"),
           E("Company", EP, "eprime"),
           E("Company", XCEL, "Xcel Energy"),
           E("Company", EKT, "EKT"),
           E("Company", EKLP, "EKLP"),
           E("Company", "ONEOK Inc."),
           E("Company", OEMT, "OEMT"),
           E("Company", CES, "Calpine Energy"),
           E("Company", CALP, "Calpine"),
           E("Person", "James Newsome"),
           E("Organization", "Enforcement Division")],
 # 'CFTC Chairman James Newsome' -> chairman at the CFTC, current true. Near-miss: the cut 'CFTC Director of
 # Enforcement Gregory Mocek' (past the break, not in the text)
 roles=[R("James Newsome", "chairman", CFTC, True)],
 # 'Aquila Merchant Services (AMS), a subsidiary of Aquila, Inc.' -> parentOrganization(AMS, Aquila, Inc.); 'e prime,
 # Inc. (eprime), a wholly-owned subsidiary of Xcel Energy Inc.' -> parentOrganization(e prime, Xcel Energy); 'Entergy
 # Koch Trading, L.P. (EKT), a subsidiary of Entergy Koch LP (EKLP)' -> parentOrganization(EKT, EKLP); 'Calpine Energy
 # Services, L.P. (Calpine Energy), a wholly owned subsidiary of Calpine Corporation' -> parentOrganization(Calpine
 # Energy Services, Calpine Corporation); 'our Enforcement Division' -> parentOrganization(Enforcement Division, CFTC).
 # Near-misses: 'ONEOK Inc. and ONEOK Energy Marketing and Trading Company, L.P. (OEMT) together' -- the body states no
 # tie (the dropped sub-heading's 'Oneok, Inc. and Its Trading Subsidiary' does) -- **doubtful**: a reader may give
 # parentOrganization(OEMT, ONEOK Inc.) from the shared name and the joint payment; Entergy Koch LP's own owners (not
 # named); the settlements between the CFTC and the firms (enforcement, not a partnership)
 relations=[L(AMS, "parentOrganization", AQ),
            L(EP, "parentOrganization", XCEL),
            L(EKT, "parentOrganization", EKLP),
            L(CES, "parentOrganization", CALP),
            L("Enforcement Division", "parentOrganization", CFTC)],
 outages=[],
 # 'today' ('announced today') -> 2004-01-28 (`published`). Skipped: 'January 28, 2004' (the release-date line, cut);
 # 'on numerous occasions' (no value)
 dates=[D("today", "2004-01-28")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
