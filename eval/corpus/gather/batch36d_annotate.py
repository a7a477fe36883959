#!/usr/bin/env python3
"""Batch 36d gold annotations (the texts of batch36d.py), written from each text alone; newskg was not run on any of
them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the batch's own
cycle; batch10_annotate.write_parts). All five texts are Wikipedia texts with `published` null: only absolute dates
(GUIDELINES.md, Dates); spans counted from another date ('one year later', 'In the same year', 'That same year',
'that year') are left out, as batches 35d-35t left them.
Conventions (GUIDELINES.md part 2; batches 27d-35t): a state body that wholly owns or once owned a company, a group
holding a controlling stake, a company that owns another, and a company once the 'arm' of another ->
parentOrganization (past ownership still recorded); a completed purchase and a privatisation 'to' a named buyer ->
acquired + parentOrganization; minority stakes (35%, 12.5% more, 40% of shares) -> nothing; a joint venture, a
former supply co-operation, a power purchase agreement, a bulk supply agreement, a joint-bid consortium and equipment
made for an army -> partner (the last two doubtful); a named broadband plan a company offers -> Service with
provider; technologies and generic networks (PSTN, ADSL, GSM, 3G, NMT450i) -> nothing; a 'managing director' ->
director; a head of state named in 'under the presidency of' a past year -> president of the country, current false;
stock exchanges -> Company; a region named as a market (ASEAN, South Asia) -> Location.
usage: batch36d_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs
import batch10_annotate as b10
from batch10_annotate import acq   # completed: acquired + parentOrganization; done=False: acquired only

A = {}
# ---- telecoms, Uruguay: ANTEL ------------------------------------------------------------------------------------------------
AN = "Administraci\u00f3n Nacional de Telecomunicaciones"
A["wp-antel"] = dict(
 # the company under its Spanish name (the fullest form), 'ANTEL', 'Antel' and the English gloss 'National
 # Administration of Telecommunications' -> Company (a state-owned telephone company run as a business); UTE (the body
 # whose telecommunications division it was spun off from; a state utility) -> Company; the rivals Claro and Movistar
 # (named only as mobile competitors) -> Company; Pluna (an airline, 'privatized to Varig') and Varig -> Company; the
 # country and its capital -> Location; 'Luis Alberto Lacalle' -> Person; 'Internet Vera plans' -> Service 'Vera'
 # (the plan brand; doubtful: the name might be taken as 'Internet Vera'); ADSL, 'IP television', 'voice over IP'
 # (technologies, generic) -> nothing
 entities=[E("Company", AN, "ANTEL", "Antel", "National Administration of Telecommunications"),
           E("Location", "Uruguay"), E("Company", "UTE"), E("Company", "Claro"), E("Company", "Movistar"),
           E("Person", "Luis Alberto Lacalle"), E("Company", "Pluna"), E("Company", "Varig"),
           E("Location", "Montevideo"), E("Service", "Vera")],
 # 'In 1992, under the presidency of Luis Alberto Lacalle' -> president of Uruguay, current false (a presidency the
 # text places in 1992, read as 'then'; doubtful)
 roles=[R("Luis Alberto Lacalle", "president", "Uruguay", False)],
 # 'being Pluna the only company to be successfully privatized to Varig' -> Varig acquired Pluna (completed; the
 # text does not say Pluna was merged away) -> acquired + parentOrganization (doubtful: a privatisation read as a
 # sale to the named buyer); 'Previous DSL subscribers ... may switch to faster Internet Vera plans' -> provider
 # (ANTEL's plans); 'after spinning off the telecommunications division of UTE' -> nothing (ANTEL was made a
 # separate entity; the division's past owner is not ANTEL's parent; doubtful); 'government-owned' (no body named)
 # -> nothing; Claro and Movistar (competitors) -> nothing
 relations=acq("Varig", "Pluna") + [L("Vera", "provider", AN)],
 outages=[],
 # 'As of 2008' gives its year; 'that year' (2012, counted from the sentence) left out
 dates=[D("1974", "1974"), D("1931", "1931"), D("1992", "1992"), D("2008", "2008"), D("2012", "2012"),
        D("2013", "2013"), D("2014", "2014")])

# ---- telecoms, Malaysia and Asia: Axiata ------------------------------------------------------------------------------------
AX = "Axiata Group Berhad"
A["wp-axiata"] = dict(
 # the group with 'Axiata' and its former names 'TM International Berhad', 'TM International Bhd' and 'TMI' ->
 # Company; 'Telekom Malaysia Bhd (TM)' -> Company; 'Bursa Malaysia Securities Berhad' (the exchange, as the corpus
 # types exchanges) -> Company; Asia, 'ASEAN' and 'South Asia' (regions named as markets; ASEAN doubtful: an
 # organisation's name used for its region) and the eight countries -> Location; 'Advancing Asia' (a tagline) and
 # 'Malaysian' (an adjective) -> nothing; the operators are not named -> nothing
 entities=[E("Company", AX, "Axiata", "TM International Berhad", "TM International Bhd", "TMI"),
           E("Location", "Asia"), E("Location", "ASEAN"), E("Location", "South Asia"),
           E("Company", "Telekom Malaysia Bhd", "TM"), E("Company", "Bursa Malaysia Securities Berhad")]
          + locs("Malaysia", "Nepal", "Indonesia", "Sri Lanka", "Bangladesh", "Cambodia", "Thailand", "Pakistan"),
 roles=[],
 # 'the company ... was the mobile and international operations arm of Telekom Malaysia Bhd (TM)' ->
 # parentOrganization (past, before 'the de-merger of TMI from TM'; recorded, as relations carry no time); the
 # listing on Bursa Malaysia -> nothing; 'controlling interests in mobile operators' (none named) -> nothing
 relations=[L(AX, "parentOrganization", "Telekom Malaysia Bhd")],
 outages=[],
 dates=[D("12 June 1992", "1992-06-12"), D("2008", "2008"), D("2 April 2009", "2009-04-02")])

# ---- telecoms, Poland: Telekomunikacja Polska ------------------------------------------------------------------------------
TP = "Telekomunikacja Polska"
A["wp-telekomunikacja-polska"] = dict(
 # the company with 'Orange Polska' (its trading name), 'TPSA' and 'TP' -> Company; the Warsaw Stock Exchange ->
 # Company (as the corpus types exchanges); Orange S.A., PTK Centertel, France Télécom and Kulczyk Holding ->
 # Company; 'Polish Post, Telegraph and Telephone' ('the communist era state-owned entity' the company was split
 # from; a state enterprise run as a business, doubtful: might be read as a government body) -> Company; 'the State
 # Treasury' with 'the Treasury' and the 'Polish Office for Competition and Consumer Protection' -> Organization;
 # 'Inmarsat' (listed among 'the following services' the company operates) -> Service (doubtful; no provider, see
 # below); PSTN, ISDN, ADSL, IDSL, Frame Relay, ATM, 'GSM 900/1800 network', 'the NMT450i network', WLL
 # (technologies and generic networks) -> nothing; 'Polish' (an adjective) -> nothing
 entities=[E("Company", TP, "Orange Polska", "TPSA", "TP"), E("Company", "Warsaw Stock Exchange"),
           E("Company", "Orange S.A."), E("Service", "Inmarsat"), E("Company", "PTK Centertel"),
           E("Organization", "State Treasury", "Treasury"), E("Company", "Polish Post, Telegraph and Telephone"),
           E("Company", "France T\u00e9l\u00e9com"), E("Company", "Kulczyk Holding"),
           E("Organization", "Polish Office for Competition and Consumer Protection")],
 roles=[],
 # 'with a controlling stake owned by Orange S.A.' -> parentOrganization; 'The company owns PTK Centertel' ->
 # parentOrganization; 'established ... as a joint stock company of the State Treasury' -> parentOrganization (the
 # state's past ownership, recorded; doubtful); 'the Treasury sold a 35% stake in TPSA to a consortium of France
 # Télécom and Kulczyk Holding' -> partner(France Télécom, Kulczyk Holding) (a joint bid; direction as written) and
 # no acquisition (35%, then 12.5% more: 47.5%, a minority the text never calls control; France Télécom is not tied
 # to Orange S.A. in words, so the two stay apart, doubtful); Inmarsat -> no provider (the company 'operates' it,
 # but the text gives no maker; doubtful); the fine -> nothing
 relations=[L(TP, "parentOrganization", "Orange S.A."), L("PTK Centertel", "parentOrganization", TP),
            L(TP, "parentOrganization", "State Treasury"), L("France T\u00e9l\u00e9com", "partner", "Kulczyk Holding")],
 outages=[],
 # 'by 2002' gives its year; 'as of late 2012' -> the year (GUIDELINES: 'late 2006' -> the year); 'In the same
 # year' (2000, counted from the sentence before) left out
 dates=[D("December 1991", "1991-12"), D("2002", "2002"), D("January 1, 1992", "1992-01-01"), D("1998", "1998"),
        D("2000", "2000"), D("2001", "2001"), D("21 December 2007", "2007-12-21"), D("May 2010", "2010-05"),
        D("2010", "2010"), D("late 2012", "2012")])

# ---- telecoms, Vietnam: Viettel ------------------------------------------------------------------------------------------------
VT = "T\u1eadp \u0111o\u00e0n Vi\u1ec5n th\u00f4ng Qu\u00e2n \u0111\u1ed9i"
A["wp-viettel-mobile"] = dict(
 # the operator under its Vietnamese full name (the fullest form the text gives) with 'Viettel', 'Viettel Mobile'
 # (the name in the joint-venture sentence and the article's title) and 'VM' ('In 2013, VM has begun production')
 # -> Company, one entity (doubtful: 'Viettel Mobile' might be read as the group's mobile unit); the 'Ministry of
 # Defence' -> Organization; 'Chunghwa Telecom Co., Ltd.', EVN Telecom, Huawei, and the rivals Vinaphone, VNPT,
 # MobiFone, Vietnamobile, 'Gmobile (formerly Beeline)' (the former name an alias) and S-Fone -> Company; 'the PAVN'
 # (the army, named only by its initials) -> Organization; Vietnam, China, Cambodia, Laos and Tanzania -> Location;
 # '3G services', '3G network', 'mobile phones', 'UAVs', 'Internet data centre services' (generic) -> nothing;
 # 'Vietnamese' (the language) -> nothing
 entities=[E("Company", VT, "Viettel", "Viettel Mobile", "VM"), E("Location", "Vietnam"),
           E("Organization", "Ministry of Defence"), E("Company", "Chunghwa Telecom Co., Ltd."),
           E("Company", "EVN Telecom"), E("Location", "China"), E("Company", "Huawei")]
          + locs("Cambodia", "Laos") + [E("Organization", "PAVN"), E("Location", "Tanzania")]
          + [E("Company", "Vinaphone"), E("Company", "VNPT"), E("Company", "MobiFone"), E("Company", "Vietnamobile"),
             E("Company", "Gmobile", "Beeline"), E("Company", "S-Fone")],
 roles=[],
 # 'a state-owned enterprise wholly owned and operated by the Ministry of Defence' -> parentOrganization; 'Chunghwa
 # Telecom Co., Ltd. established a joint venture with Viettel Mobile' -> partner (direction as written; the venture
 # itself unnamed); 'In December 2011, Viettel acquired EVN Telecom' -> acquired + parentOrganization (completed;
 # 'finished transferring accounts one year later' does not say EVN Telecom was merged away; doubtful);
 # 'discontinuing a co-operation with China's Huawei, which had previously produced Viettel phones' -> partner (a
 # past supplier relation; relations carry no time); 'production of military-grade radio equipment for the PAVN' ->
 # partner (a supplier and its customer; doubtful); 'Vinaphone (owned by VNPT)' -> parentOrganization; the other
 # rivals -> nothing
 relations=[L(VT, "parentOrganization", "Ministry of Defence"), L("Chunghwa Telecom Co., Ltd.", "partner", VT)]
           + acq(VT, "EVN Telecom")
           + [L(VT, "partner", "Huawei"), L(VT, "partner", "PAVN"), L("Vinaphone", "parentOrganization", "VNPT")],
 outages=[],
 # 'As of 2014' and 'In 2014' one item; 'one year later' and 'That same year' left out
 dates=[D("2014", "2014"), D("May 2007", "2007-05"), D("2010", "2010"), D("December 2011", "2011-12"),
        D("2012", "2012"), D("2013", "2013")])

# ---- electricity, Zambia: ZESCO ----------------------------------------------------------------------------------------------
ZE = "Zambia Electricity Supply Corporation Limited"
A["wp-zesco"] = dict(
 # the utility under its full name with 'ZESCO' -> Company; Zambia and Lusaka -> Location; the 'Southern African
 # Power Pool' (a regional power pool of utilities, named as a body ZESCO 'represents Zambia in') -> Organization;
 # 'GL Africa Energy', 'EL Sewedy Electric Zambia Limited' and 'Copperbelt Energy Corporation (CEC) Plc' (its name
 # kept without the bracketed initials and 'Plc', with 'CEC') -> Company; 'Victor Mapani' -> Person; 'the 94th
 # Agricultural and Commercial Show' (an event), 'Bulk Supply Agreement (BSA)' (a contract), 'Electric Vehicle (EV)
 # charging stations' (generic) -> nothing
 entities=[E("Company", ZE, "ZESCO"), E("Location", "Zambia"), E("Organization", "Southern African Power Pool"),
           E("Company", "GL Africa Energy"), E("Company", "EL Sewedy Electric Zambia Limited"),
           E("Company", "Copperbelt Energy Corporation", "CEC"), E("Location", "Lusaka"), E("Person", "Victor Mapani")],
 # 'the managing director of the National Utility ZESCO, Victor Mapani' -> director (GUIDELINES: managing director
 # -> director)
 roles=[R("Victor Mapani", "director", ZE)],
 # 'GL Africa Energy provides the national grid through ZESCO with over 105 MW of power under this agreement' (a
 # power purchase agreement) -> partner (a supplier and its buyer; direction as written); 'ZESCO signed a 13-year
 # Bulk Supply Agreement (BSA) with Copperbelt Energy Corporation (CEC) Plc' -> partner (direction as written);
 # 'ZESCO owns 40% shares in EL Sewedy Electric Zambia Limited' -> nothing (a minority holding, as batch 35t's 49%
 # stake; doubtful); 'represents Zambia in the Southern African Power Pool' (membership) -> nothing;
 # 'state-owned' (no body named) -> nothing
 relations=[L("GL Africa Energy", "partner", ZE), L(ZE, "partner", "Copperbelt Energy Corporation")],
 # no outage: the text tells capacity, agreements and plans only
 outages=[],
 dates=[D("June 2022", "2022-06"), D("July 2022", "2022-07")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
