#!/usr/bin/env python3
"""Batch 42j gold annotations (the texts of batch42j.py: the SEC's Litigation Release No. 21725 of 4 November 2010 on
Transocean Inc. and its payments through Panalpina World Transport Holding Ltd.'s Pancourier express courier service;
the SEC's Litigation Release No. 21920 of 7 April 2011 on Comverse Technology, Inc. and its Israeli operating
subsidiary Comverse Limited; the SEC's Litigation Release No. 22252 of 6 February 2012 on Smith & Nephew PLC and its
subsidiaries Smith & Nephew Inc. and Smith & Nephew GmbH; the SEC's press release 2012-50 of 26 March 2012 on Biomet
Inc., Biomet Argentina SA and Kara Novaco Brockmeyer, Chief of the Enforcement Division's Foreign Corrupt Practices
Act Unit), written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's
write_parts). Dates resolve against `published`.
Conventions (batches 18a, 40zm, 40zn, 41b, 41e, 41j, 41m, 41n, 41q, 42a, 42e and 42g for SEC releases): the SEC ->
Organization ('SEC' alias); a court named in full -> Organization (41b, 42e), the place inside its name no entity of
its own (42g's 'United Kingdom Serious Fraud Office'); 'Chief of the ... FCPA Unit' -> head of the Unit (18a, 41m,
41q); "X's Y" for an SEC unit -> parentOrganization (41q), and none to the SEC where the text does not call the
Division the SEC's (42e); a subsidiary named after the text calls it the parent's subsidiary -> parentOrganization of
the parent (41m, 41q, 42g); a named service a company is said to own ("X's Pancourier express courier service") ->
Service with provider (GUIDELINES); unnamed subsidiaries, agents, distributors, customers -> nothing; nationality
adjectives ('Nigerian government officials', 'an Israeli operating subsidiary', 'Greek public doctors') -> no
Location of their own (41n, 41q, 42a, 42e, 42g); laws ('Foreign Corrupt Practices Act', 'FCPA') -> no entity;
year ranges ('from 1997 to June 2008') -> one item per end (42g's 'since at least 1998').
usage: batch42j_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather43j/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

SEC = "Securities and Exchange Commission"
DOJ = "U.S. Department of Justice"
A = {}

# ---- Transocean Inc., published 2010-11-04 (a Thursday) --------------------------------------------------------------
A["us-sec-transocean-nigeria-customs-panalpina-pancourier-fcpa-2010"] = dict(
 # The SEC (written out once; 'The SEC's complaint'); the U.S. District Court for the District of Columbia (named in
 # full; the District of Columbia inside its name no Location of its own); Transocean Inc. ('Transocean' throughout,
 # also 'Transocean's'); Panalpina World Transport Holding Ltd. ('Panalpina' twice); Pancourier (its 'express courier
 # service', a service users use -> Service); Nigeria. Not annotated: 'its customs agents' and 'Nigerian government
 # officials' (unnamed; 'Nigerian' an adjective), 'oil companies throughout the world', the FCPA (a law)
 entities=[E("Organization", SEC, "SEC"),
           E("Organization", "U.S. District Court for the District of Columbia"),
           E("Company", "Transocean Inc.", "Transocean"),
           E("Company", "Panalpina World Transport Holding Ltd.", "Panalpina"),
           E("Service", "Pancourier"),
           E("Location", "Nigeria")],
 # No person is named in the kept text ('the then Executive Vice Presid...' is cut with the excerpt's broken sentence)
 roles=[],
 # 'Panalpina World Transport Holding Ltd.'s Pancourier express courier service' -> provider. Not set (doubtful):
 # Transocean partner Panalpina (Transocean 'made illicit payments through' Panalpina and its courier service: a
 # customer's use of a service, no contract or customer relation stated in so many words)
 relations=[L("Pancourier", "provider", "Panalpina World Transport Holding Ltd.")],
 outages=[],
 # 'November 4, 2010'; 'From at least 2002 through 2007' -> '2002', '2007'
 dates=[D("November 4, 2010", "2010-11-04"), D("2002", "2002"), D("2007", "2007")])

# ---- Comverse Technology and Comverse Limited, published 2011-04-07 (a Thursday) -----------------------------------
A["us-sec-comverse-technology-comverse-limited-ote-greece-fcpa-2011"] = dict(
 # The SEC (written out once; 'to the SEC', 'The SEC's complaint'); the U.S. District Court for the Eastern District
 # of New York ('the Court' a generic back-reference, no alias); Comverse Technology, Inc. ('Comverse' throughout,
 # also 'Comverse's'); the U.S. Department of Justice; Comverse Limited (five times, also 'Comverse Limited's'); OTE
 # ('a telecommunications provider' -> Company); the Greek Government (named with a capital, a government -> an
 # Organization, as 41m named 'South African government'; doubtful: 42g left 'Mexico's federal government' out);
 # Athens, Greece, Cyprus. Not annotated: 'Israeli' (an adjective), 'a third-party agent' and 'an offshore entity'
 # (unnamed), 'Comverse Limited's customers' (unnamed), the FCPA (a law)
 entities=[E("Organization", SEC, "SEC"),
           E("Organization", "U.S. District Court for the Eastern District of New York"),
           E("Company", "Comverse Technology, Inc.", "Comverse"),
           E("Organization", DOJ),
           E("Company", "Comverse Limited"),
           E("Company", "OTE"),
           E("Organization", "Greek Government"),
           E("Location", "Athens"), E("Location", "Greece"), E("Location", "Cyprus")],
 # No person is named in the text
 roles=[],
 # 'Comverse Limited, an Israeli operating subsidiary of Comverse' -> parentOrganization. Not set (doubtful): OTE
 # parentOrganization Greek Government ('partially owned by the Greek Government': a part owner, not a parent the text
 # states); Comverse Limited partner OTE (the payments 'resulted in contracts', the counterparty not written; the
 # customers paid are 'Comverse Limited's customers', unnamed)
 relations=[L("Comverse Limited", "parentOrganization", "Comverse Technology, Inc.")],
 outages=[],
 # 'today' (= published); 'Between 2003 and 2006' -> '2003', '2006'
 dates=[D("today", "2011-04-07"), D("2003", "2003"), D("2006", "2006")])

# ---- Smith & Nephew PLC and its subsidiaries, published 2012-02-06 (a Monday) --------------------------------------
A["us-sec-smith-and-nephew-subsidiaries-greece-public-doctors-fcpa-2012"] = dict(
 # The SEC (written out once; 'SEC charges', 'The SEC alleges', 'the SEC's charges', 'The SEC's complaint'); Smith &
 # Nephew PLC (twice so; 'Smith &Nephew PLC' without the space seven times -> alias as written); Smith & Nephew Inc.
 # (three times); Smith & Nephew GmbH; the U.S. Department of Justice; London, England, Greece, the United Kingdom.
 # Not annotated: 'a distributor' and 'three shell entities' (unnamed), 'government hospitals or agencies in Greece'
 # (unnamed), 'Greek public doctors' (an adjective), 'U.S. subsidiary' (an adjective), the FCPA (a law)
 entities=[E("Organization", SEC, "SEC"),
           E("Company", "Smith & Nephew PLC", "Smith &Nephew PLC"),
           E("Company", "Smith & Nephew Inc."),
           E("Company", "Smith & Nephew GmbH"),
           E("Organization", DOJ),
           E("Location", "London"), E("Location", "England"), E("Location", "Greece"),
           E("Location", "United Kingdom")],
 # No person is named in the text
 roles=[],
 # 'its U.S. subsidiary, Smith & Nephew Inc.' and 'Smith &Nephew PLC's U.S. subsidiary, Smith & Nephew Inc.' -> Inc.
 # parentOrganization PLC; 'two Smith &Nephew PLC subsidiaries, Smith & Nephew Inc. and Smith & Nephew GmbH' -> GmbH
 # parentOrganization PLC
 relations=[L("Smith & Nephew Inc.", "parentOrganization", "Smith & Nephew PLC"),
            L("Smith & Nephew GmbH", "parentOrganization", "Smith & Nephew PLC")],
 outages=[],
 # 'today' (twice, = published); 'from 1997 to June 2008' -> '1997', 'June 2008' ('starting in 1997' the same item).
 # Left out: 'for more than a decade' (no value)
 dates=[D("today", "2012-02-06"), D("1997", "1997"), D("June 2008", "2008-06")])

# ---- Biomet Inc. and Biomet Argentina SA, published 2012-03-26 (a Monday) ------------------------------------------
A["us-sec-biomet-subsidiaries-argentina-brazil-china-fcpa-2012"] = dict(
 # The SEC (written out once; 'the SEC's charges', 'the SEC and DOJ's', 'The SEC alleges', 'the SEC's complaint');
 # Biomet Inc. ('Biomet' throughout, also 'Biomet's'); Warsaw and Ind. (the company's seat, 'Warsaw, Ind.-based';
 # 'Ind.' a state's abbreviation, as 42g's 'NJ' and 37b's 'Calif.'); Argentina, Brazil, China; the U.S. Department of
 # Justice ('DOJ' in 'the SEC and DOJ's'); Kara Novaco Brockmeyer; the Enforcement Division and its Foreign Corrupt
 # Practices Act Unit (named as written; the law inside the Unit's name no entity); Washington D.C. (the court's
 # place; 'federal court' unnamed); Biomet Argentina SA. Not annotated: 'its four subsidiaries' (only one named),
 # 'the distributors', 'the government' (generic), 'orthopedic surgeons', 'publicly-employed physicians' (unnamed)
 entities=[E("Organization", SEC, "SEC"),
           E("Company", "Biomet Inc.", "Biomet"),
           E("Location", "Warsaw"), E("Location", "Ind."),
           E("Location", "Argentina"), E("Location", "Brazil"), E("Location", "China"),
           E("Organization", DOJ, "DOJ"),
           E("Person", "Kara Novaco Brockmeyer"),
           E("Organization", "Enforcement Division"),
           E("Organization", "Foreign Corrupt Practices Act Unit"),
           E("Location", "Washington D.C."),
           E("Company", "Biomet Argentina SA")],
 # 'said Kara Novaco Brockmeyer, Chief of the Enforcement Division's Foreign Corrupt Practices Act Unit' -> head of the
 # Unit, current (18a, 41m, 41q)
 roles=[R("Kara Novaco Brockmeyer", "head", "Foreign Corrupt Practices Act Unit")],
 # 'the Enforcement Division's Foreign Corrupt Practices Act Unit' -> parentOrganization ("X's Y"); the Division not
 # called the SEC's in the text -> no relation to the SEC (42e; doubtful: a reader may set one, as the release is the
 # SEC's own). 'Biomet and its four subsidiaries ... bribed public doctors in Argentina' + 'employees of Biomet
 # Argentina SA paid kickbacks ... to publicly-employed doctors in Argentina' -> Biomet Argentina SA
 # parentOrganization Biomet Inc. (doubtful: the text never writes 'its subsidiary Biomet Argentina SA' in one phrase;
 # set as 42g set Tyson de Mexico's parent)
 relations=[L("Foreign Corrupt Practices Act Unit", "parentOrganization", "Enforcement Division"),
            L("Biomet Argentina SA", "parentOrganization", "Biomet Inc.")],
 outages=[],
 # 'today' (twice, = published); 'from 2000 to August 2008' -> '2000', 'August 2008'. Left out: 'for nearly a decade'
 # (no value)
 dates=[D("today", "2012-03-26"), D("2000", "2000"), D("August 2008", "2008-08")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
