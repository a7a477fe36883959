#!/usr/bin/env python3
"""Batch 53f gold annotations (the texts of batch53f.py: the Office of Public Affairs' release of 20 November 2023 on
the deferred prosecution agreements of Tysers Insurance Brokers Limited and H.W. Wood Limited over bribes to Ecuadorian
government officials; the Office of Public Affairs' release of 24 July 2020 on the guilty plea of Indivior Solutions
and the $600 million resolution of it and its parent companies Indivior Inc. and Indivior plc over the marketing of
Suboxone), written from the texts alone; newskg was not run on them. The split follows the fixed rule: the sorted ids
dealt along test, train, dev, train (batch10_annotate's write_parts). Dates resolve against `published`.
Conventions (the DOJ lane's releases, 41p and 43e; 51n, 51t, 51z, 52f, 52h and 52q; GUIDELINES section 2): 'Acting
Assistant Attorney General ... of the Justice Department's Criminal Division' -> head at the Criminal Division (test's
Telia/Coscom's Blanco, the corpus's SAP release's Argentieri, the same words); 'Deputy Assistant Attorney General ...
for the Justice Department's Civil Division' -> other at the Civil Division (the corpus's Antitrust Division releases'
Melamed and McDonald, HP Russia's Miller: a deputy assistant attorney general -> other at the division); 'the Justice
Department's Criminal Division' / 'Civil Division' -> parentOrganization(division, department) (dev's Goldman Sachs
1MDB, 52q); 'Principal Deputy Associate Attorney General' with the Department named elsewhere in the text -> other at
the Department of Justice (**doubtful**: the title names no organisation; 52q gave an Acting U.S. Attorney whose
office is no entity no role); 'X, together with its parent companies Y and Z' -> parentOrganization(X, Y) and
parentOrganization(X, Z); 'Y's former parent, Z' -> parentOrganization(Y, Z) (GUIDELINES: ownership stated as past is
still recorded); 'Y plc's former CEO' -> ceo at Y, current false; a former name ('known and doing business during the
relevant period as ...') -> alias (GUIDELINES: former names are aliases); a drug named as a product -> Service
(GUIDELINES: drugs are Service), a substance it contains (buprenorphine) -> nothing; state-owned insurance companies
named in full -> Company (they are businesses); a country as an adjective ('Ecuadorian government officials') ->
nothing, a country named in a compound ('two U.K.-based reinsurance brokers') -> Location (52q's 'United
Kingdom-based'); 'the Southern District of Florida' (a judicial district, no court named) -> nothing; laws, charges,
the information, the DPAs, the plea, the penalties -> nothing; 'the department' (generic) -> no alias; 'today' and
'Today's' -> one item 'today' (GUIDELINES: the same text ignoring case and the same value listed once).
usage: batch53f_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather54f/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

TYS = "Tysers Insurance Brokers Limited"
HWW = "H.W. Wood Limited"
SOL = "Indivior Solutions"
INC = "Indivior Inc."
PLC = "Indivior plc"
RB = "Reckitt Benckiser Group PLC"
A = {}

# ---- Tysers / H.W. Wood, OPA, published 2023-11-20 (a Monday) --------------------------------------------------------
A["us-doj-opa-tysers-hw-wood-reinsurance-brokers-ecuador-bribery-dpas-2023"] = dict(
 # Companies: Tysers Insurance Brokers Limited ('(Tysers)', 'Tysers\u2019': alias; 'known and doing business during the
 # relevant period as Integro Insurance Brokers Limited': a former name, alias -- **doubtful**: a reader may list
 # Integro apart as the business that paid the bribes), H.W. Wood Limited ('(H.W. Wood)': alias), Seguros Sucre S.A.
 # and Seguros Rocafuerte S.A. ('two Ecuadorian state-owned insurance companies', named in full: Company --
 # **doubtful**: a reader may type state-owned companies Organization). Organizations: the Justice Department ('by
 # the Justice Department', 'the Justice Department\u2019s Criminal Division'; 'the department' twice, generic: no
 # alias), the Criminal Division. People: Nicole M. Argentieri. Locations: U.K. ('two U.K.-based reinsurance brokers',
 # 52q's 'United Kingdom-based' way -- **doubtful**: a modifier inside a compound). Not annotated: the Southern
 # District of Florida (a district, no court named -- near-miss), 'Ecuadorian government officials' and 'Ecuadorian
 # officials' (an adjective -- near-miss: no Ecuador Location), 'the then-chairman' (unnamed), 'third-party agents'
 # (unnamed), the FCPA (a law)
 entities=[E("Company", TYS, "Tysers", "Integro Insurance Brokers Limited"),
           E("Company", HWW, "H.W. Wood"),
           E("Location", "U.K."),
           E("Organization", "Justice Department"),
           E("Person", "Nicole M. Argentieri"),
           E("Organization", "Criminal Division"),
           E("Company", "Seguros Sucre S.A."),
           E("Company", "Seguros Rocafuerte S.A.")],
 # Argentieri, 'Acting Assistant Attorney General ... of the Justice Department\u2019s Criminal Division' -> head at the
 # Criminal Division (the corpus's SAP release, the same title and name). Near-miss: 'the then-chairman of two
 # Ecuadorian state-owned insurance companies' (unnamed: no role)
 roles=[R("Nicole M. Argentieri", "head", "Criminal Division")],
 # 'the Justice Department\u2019s Criminal Division' -> parentOrganization(Criminal Division, Justice Department).
 # Near-misses: partner between the brokers and Seguros Sucre / Seguros Rocafuerte ('to obtain and retain reinsurance
 # business with the state-owned insurance companies': business sought through bribes, no contract stated -- a
 # reader may read a customer relation; **doubtful**); Tysers and H.W. Wood (co-conspirators, no partnership stated);
 # Tysers and Integro (one company under two names: no acquisition stated in the kept text)
 relations=[L("Criminal Division", "parentOrganization", "Justice Department")],
 outages=[],
 # 'between 2013 and 2017' -> '2013' and '2017'; 'Today\u2019s resolutions' -> 'Today' 2023-11-20. Skipped:
 # 'three-year' (a term), 'the relevant period' (no calendar value)
 dates=[D("Today", "2023-11-20"), D("2013", "2013"), D("2017", "2017")])

# ---- Indivior Solutions / Indivior Inc. / Indivior plc, OPA, published 2020-07-24 (a Friday) ------------------------
A["us-doj-opa-indivior-solutions-pleads-guilty-suboxone-600-million-resolution-2020"] = dict(
 # Companies: Indivior Solutions, Indivior Inc., Indivior plc ('Indivior\u2019s former parent': the bare 'Indivior' taken
 # as the listed parent, Indivior plc, alias -- **doubtful**: a reader may leave the bare name unresolved or give it
 # to Indivior Inc.), Reckitt Benckiser Group PLC ('(RB Group)': alias). Service: Suboxone (a drug named as a product;
 # 'the opioid-addiction-treatment drug Suboxone', three more times). People: Shaun Thaxter, Claire M. Murray, Michael
 # D. Granston. Organizations: the Department of Justice ('the Department of Justice', 'a Department of Justice
 # priority', 'the Justice Department's Civil Division': one body, the fuller form as name), the Civil Division. Not
 # annotated: buprenorphine (a substance, no product -- near-miss), 'opioid-addiction products' (unnamed), 'entities
 # and individuals' (unnamed), 'the Indivior entities' appear only in the title (not annotated)
 entities=[E("Company", SOL),
           E("Company", INC),
           E("Company", PLC, "Indivior"),
           E("Service", "Suboxone"),
           E("Company", RB, "RB Group"),
           E("Person", "Shaun Thaxter"),
           E("Organization", "Department of Justice", "Justice Department"),
           E("Person", "Claire M. Murray"),
           E("Person", "Michael D. Granston"),
           E("Organization", "Civil Division")],
 # Thaxter, 'Indivior plc\u2019s former CEO' -> ceo at Indivior plc, current false. Murray, 'Principal Deputy Associate
 # Attorney General' -> other at the Department of Justice (**doubtful**: no organisation in the title itself; the
 # Department is named in her own quotation). Granston, 'Deputy Assistant Attorney General ... for the Justice
 # Department's Civil Division' -> other at the Civil Division (HP Russia's Miller, the Antitrust Division's Melamed
 # and McDonald). Near-miss: no Indivior or RB Group officer but Thaxter is named
 roles=[R("Shaun Thaxter", "ceo", PLC, False),
        R("Claire M. Murray", "other", "Department of Justice"),
        R("Michael D. Granston", "other", "Civil Division")],
 # 'Indivior Solutions ..., together with its parent companies Indivior Inc. and Indivior plc' -> parentOrganization(
 # Indivior Solutions, Indivior Inc.) and parentOrganization(Indivior Solutions, Indivior plc); 'Indivior\u2019s former
 # parent, Reckitt Benckiser Group PLC' -> parentOrganization(Indivior plc, Reckitt Benckiser Group PLC) (past
 # ownership still recorded); 'the Justice Department's Civil Division' -> parentOrganization(Civil Division,
 # Department of Justice). Near-misses: parentOrganization(Indivior Inc., Indivior plc) -- not stated (both are only
 # called Indivior Solutions' parents); provider(Suboxone, an Indivior company) -- the text speaks of 'the marketing
 # of ... Suboxone' tied to the resolution but says no company makes or sells it (**doubtful**: a reader may give
 # Suboxone to Indivior plc); Reckitt Benckiser's and Thaxter's resolutions (no relation)
 relations=[L(SOL, "parentOrganization", INC),
            L(SOL, "parentOrganization", PLC),
            L(PLC, "parentOrganization", RB),
            L("Civil Division", "parentOrganization", "Department of Justice")],
 outages=[],
 # 'today' and 'Today\u2019s announced resolution' -> one item 'today' 2020-07-24; 'announced in 2019' -> '2019';
 # 'announced last month' -> 'last month' 2020-06 (Thaxter's plea; pharmamanufacturing's story in the store, outside the
 # text, dates it 30 June 2020)
 dates=[D("today", "2020-07-24"), D("2019", "2019"), D("last month", "2020-06")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
