#!/usr/bin/env python3
"""Batch 34m gold annotations (the texts of batch34m.py), written from each text alone; newskg was not run on any of
them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the batch's own
cycle; batch10_annotate.write_parts). All texts are Wikipedia texts with `published` null: only absolute dates
(GUIDELINES.md, Dates).
Conventions (GUIDELINES.md part 2; batches 27d-34d): a completed purchase or a majority stake bought -> acquired +
parentOrganization; a purchase by a consortium 'led by' named companies -> acquired + parentOrganization for each named
leader, and partner between two named leaders (a joint bid); an asset bought (a depot) -> nothing; a company 'formed as
a partnership of' two named companies, their shares untold -> partner of the two and no parentOrganization (as batch
34d's MagyarCom); a contract a public body awarded to a company, or a company that is a body's 'agent and contractor'
-> partner (a contract relation between two named organisations), direction as written; a licence -> nothing; port
terminals and a road -> Location (as the corpus types airports and terminals); a named card, platform or cable a company owns
-> Service with provider; a company's named business units and subsidiaries -> Company + parentOrganization; an
'owned by' statement naming owners -> parentOrganization each. No text tells an outage.
usage: batch34m_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R, locs
import batch10_annotate as b10
from batch10_annotate import acq   # completed: acquired + parentOrganization; done=False: acquired only

A = {}
# ---- ports, Philippines: International Container Terminal Services ---------------------------------------------------
ICT = "International Container Terminal Services, Inc."
PPA = "Philippine Ports Authority"
RAZ = "Enrique K. Razon"
A["wp-international-container-terminal-services"] = dict(
 # the operator with its abbreviation ICTSI -> Company ('PSE: ICT', a ticker, -> nothing); the Asian Development Bank
 # (a multilateral lender) and the Philippine Ports Authority (a state body that awards contracts) -> Organization;
 # 'Forbes magazine' -> Company named 'Forbes' (a magazine, GUIDELINES: news organisations are Company); the Philippine
 # Stock Exchange (an exchange run as a business, as 34d's Euronext Amsterdam) -> Company; 'the Manila and Makati Stock
 # Exchanges' (two exchanges named together with one noun, no full name of either in the text) -> nothing (doubtful);
 # the founder 'Enrique K. Razon' with 'Razon' -> one Person (the text makes the founder and the man Forbes ranked one
 # person; the infobox's 'Razon Jr.' is cut); the Manila International Container Terminal with 'MICT' (a terminal, a
 # site) and the Port of Manila -> Location; the Philippines, Calamba, Laguna (the province after the comma) and
 # Batangas -> Location; 'a local company' (unnamed) -> nothing
 entities=[E("Company", ICT, "ICTSI"), E("Location", "Philippines"), E("Organization", "Asian Development Bank"),
           E("Person", RAZ, "Razon"), E("Location", "Manila International Container Terminal", "MICT"),
           E("Company", "Forbes"), E("Organization", PPA), E("Company", "Philippine Stock Exchange"),
           E("Location", "Port of Manila")] + locs("Calamba", "Laguna", "Batangas"),
 # 'ICTSI was established by Filipino businessman Enrique K. Razon' -> founder (the text's own word 'established')
 roles=[R(RAZ, "founder", ICT)],
 # 'the Philippine Ports Authority awarded the MICT contract to ICTSI' -> partner (a contract between two named
 # organisations), direction as written (doubtful: a concession award, which batch 34d's Meralco franchise, granted to
 # a man, did not count); the listing -> nothing; 'a joint venture with a local company' (unnamed) -> nothing
 relations=[L(PPA, "partner", ICT)],
 outages=[],
 dates=[D("December 24, 1987", "1987-12-24"), D("February 2015", "2015-02"), D("May 1988", "1988-05"),
        D("June 12, 1988", "1988-06-12"), D("March 1992", "1992-03")])

# ---- water, Philippines: Maynilad Water Services ---------------------------------------------------------------------
MAY = "Maynilad Water Services, Inc."
MWSS = "Metropolitan Waterworks and Sewerage System"
BEN = "Benpres Holdings Corporation"
OND = "Ondeo Water Services Inc."
MPIC = "Metro Pacific Investments Corporation"
DMCI = "DMCI Holdings, Inc."
A["wp-maynilad-water-services"] = dict(
 # the utility with 'Maynilad' and the comma-less 'Maynilad Water Services Inc.' -> one Company; the Metropolitan
 # Waterworks and Sewerage System with 'MWSS' (the state body that awarded the concessions) -> Organization; Manila
 # Water, Ondeo Water Services Inc., Metro Pacific Investments Corporation and DMCI Holdings, Inc. -> Company; 'the
 # Benpres Holdings Corporation (now the Lopez Group of Companies)' with 'Benpres' -> one Company, the later name an
 # alias; the Greater Manila Area, the Philippines, Metro Manila, the eight cities, 'the City of Manila', Quezon City,
 # Makati, the Metro Manila Skyway (a road, a site), Cavite Province, the cities Cavite, Bacoor and Imus and the
 # municipalities Kawit, Noveleta and Rosario -> Location ('Cavite Province' and the city 'Cavite' two places);
 # 'the West Zone' (the concession's zone, no place name of its own) and 'a west and east zones' -> nothing
 # (doubtful); 'the water and wastewater services' (generic) -> no Service
 entities=[E("Company", MAY, "Maynilad", "Maynilad Water Services Inc.")]
          + locs("Greater Manila Area", "Philippines")
          + [E("Organization", MWSS, "MWSS")] + locs("Metro Manila") + [E("Company", "Manila Water")]
          + locs("Caloocan", "Las Piñas", "Malabon", "Muntinlupa", "Navotas", "Parañaque", "Pasay", "Valenzuela",
                 "City of Manila", "Quezon City", "Makati", "Metro Manila Skyway", "Cavite Province", "Cavite",
                 "Bacoor", "Imus", "Kawit", "Noveleta", "Rosario")
          + [E("Company", BEN, "Benpres", "Lopez Group of Companies"), E("Company", OND), E("Company", MPIC),
             E("Company", DMCI)],
 roles=[],
 # 'It is an agent and contractor of the Metropolitan Waterworks and Sewerage System' -> partner (a contract
 # relation), direction as written; 'formed in 1997 as a partnership of the Benpres Holdings Corporation ... and
 # Ondeo Water Services Inc.' -> partner of the two, no parentOrganization (their shares untold, as 34d's MagyarCom;
 # doubtful: 'Benpres eventually left the partnership' reads as an owner leaving); 'a consortium led by Metro Pacific
 # Investments Corporation and the DMCI Holdings, Inc. took over the company' -> acquired + parentOrganization for
 # each leader, and partner of the two (a joint bid); Manila Water (the other provider, a rival) -> nothing
 relations=[L(MAY, "partner", MWSS), L(BEN, "partner", OND)] + acq(MPIC, MAY) + acq(DMCI, MAY)
           + [L(MPIC, "partner", DMCI)],
 outages=[],
 # '1997' occurs twice (one item)
 dates=[D("1997", "1997"), D("2006", "2006"), D("January 24, 2007", "2007-01-24"), D("January 2008", "2008-01")])

# ---- payments, Nigeria: Interswitch ------------------------------------------------------------------------------------
ISW = "Interswitch"
HEL = "Helios Investment Partners"
A["wp-interswitch"] = dict(
 # the processor -> Company; Mitchell Elegbe -> Person; Helios Investment Partners, Bankom, Discover Financial
 # Services, Paynet Group ('an East-African payments provider') and VANSO ('a mobile-focused technology provider to
 # banks') -> Company; Verve ('Nigeria's most used payment card', a card scheme), Quickteller ('an online payments
 # platform'), Retailpay ('a mobile business management platform') and Smartgov ('an identity management and
 # e-payment infrastructure') -> Service; Lagos, Uganda, Nigeria and Kenya -> Location; the 'SPAK National Science
 # Competition' (a prize contest, an event) -> nothing; 'a $10m investment fund' (unnamed) -> nothing
 entities=[E("Company", ISW), E("Location", "Lagos"), E("Person", "Mitchell Elegbe"), E("Company", HEL),
           E("Company", "Bankom"), E("Location", "Uganda"), E("Company", "Discover Financial Services"),
           E("Company", "Paynet Group"), E("Location", "Nigeria"), E("Service", "Verve"), E("Location", "Kenya"),
           E("Service", "Quickteller"), E("Service", "Retailpay"), E("Service", "Smartgov"), E("Company", "VANSO")],
 # 'founded in 2002 by Mitchell Elegbe' -> founder (his CEO title is in the cut infobox only)
 roles=[R("Mitchell Elegbe", "founder", ISW)],
 # 'two thirds of the company was sold to a consortium led by Helios Investment Partners' -> acquired +
 # parentOrganization (a majority stake, the named leader of the buyers; doubtful: the other members unnamed);
 # 'took a 60 per cent stake in Bankom' and 'acquired a majority shareholding in Paynet Group' -> acquired +
 # parentOrganization (majority stakes, as batch 32k's Somisa); 'acquired VANSO' -> acquired + parentOrganization;
 # 'entered into an agreement for payment processing with Discover Financial Services' -> partner, direction as
 # written; 'owner of Verve' and 'also owns Quickteller ... Retailpay ... and Smartgov' -> provider each
 relations=acq(HEL, ISW) + acq(ISW, "Bankom") + [L(ISW, "partner", "Discover Financial Services")]
           + acq(ISW, "Paynet Group")
           + [L(s, "provider", ISW) for s in ("Verve", "Quickteller", "Retailpay", "Smartgov")]
           + acq(ISW, "VANSO"),
 outages=[],
 # 'very recently' (relative, published null) left out
 dates=[D("2002", "2002"), D("2010", "2010"), D("2011", "2011"), D("2013", "2013"), D("September 2014", "2014-09"),
        D("2015", "2015"), D("February 2018", "2018-02")])

# ---- ports and logistics, India: Adani Ports and Special Economic Zone ------------------------------------------------
APS = "Adani Ports and Special Economic Zone Limited"
ADG = "Adani Group"
ADL = "Adani Logistics Ltd"
A["wp-adani-ports-and-sez"] = dict(
 # the operator with 'APSEZ' -> Company; the Adani Group, 'its subsidiary Adani Logistics Ltd' with 'Adani
 # Logistics', Navkar Corporation and the Indian Railways (a state railway run as a business, as the corpus types
 # railways) -> Company; India ("India's", 'pan-India'), Mundra, Thiruvananthapuram, Tumb, Gujarat, Tamil Nadu,
 # Karnataka, West Bengal and Maharashtra -> Location; 'SEZ', 'inland container depots (ICD)' (generic) and 'the 2020
 # COVID-19 lockdown' (an event) -> nothing
 entities=[E("Company", APS, "APSEZ"), E("Company", ADG), E("Location", "India")]
          + locs("Mundra", "Thiruvananthapuram")
          + [E("Company", ADL, "Adani Logistics"), E("Company", "Navkar Corporation")] + locs("Tumb", "Gujarat")
          + [E("Company", "Indian Railways")] + locs("Tamil Nadu", "Karnataka", "West Bengal", "Maharashtra"),
 roles=[],
 # 'part of Adani Group' -> parentOrganization; 'through its subsidiary Adani Logistics Ltd' -> parentOrganization;
 # 'acquired an additional ICD from Navkar Corporation' (a depot, an asset) -> nothing; 'Category 1 License for the
 # Indian Railways' (a licence) -> nothing (doubtful: could be read as a contract with the railway)
 relations=[L(APS, "parentOrganization", ADG), L(ADL, "parentOrganization", APS)],
 outages=[],
 # 'As of 2017' -> the year; 'the 2020 COVID-19 lockdown' -> 2020
 dates=[D("2017", "2017"), D("August 2022", "2022-08"), D("2020", "2020"), D("2005", "2005")])

# ---- telecoms, Nigeria: Globacom (Glo) ----------------------------------------------------------------------------------
GLO = "Globacom Limited"
MAG = "Mike Adenuga Group"
GM = "Glo Mobile"
A["wp-globacom"] = dict(
 # the operator with 'Glo' (and 'GLO', the same letters) and 'Globacom' -> one Company ('(Global communication)', a
 # gloss of the name, not used as a name -> no alias); Mike Adenuga -> Person; the Mike Adenuga Group and its three
 # named members (Cobblestone Properties and Estates, Conoil PLC, Conoil Producing) -> Company; the business units
 # 'Glo mobile' (with 'Glo Mobile', 'a subsidiary of Globacom', one Company; the canonical form as the later
 # paragraph writes it), 'Glo Broad Access' and 'Glo Gateway' -> Company (units, organisations); Glo-1 ('a submarine
 # cable', a network) -> Service (it is also listed as a unit; one entity, doubtful); Airtel (the buyer of the Ghana
 # subsidiary) -> Company; Nigeria, the United Kingdom, Benin and Ghana -> Location; 'its Ghana subsidiary'
 # (unnamed) -> nothing
 entities=[E("Company", GLO, "Glo", "Globacom"), E("Location", "Nigeria"), E("Person", "Mike Adenuga"),
           E("Service", "Glo-1"), E("Location", "United Kingdom"), E("Company", GM, "Glo mobile"),
           E("Company", "Glo Broad Access"), E("Company", "Glo Gateway"), E("Company", MAG),
           E("Company", "Cobblestone Properties and Estates"), E("Company", "Conoil PLC"),
           E("Company", "Conoil Producing")] + locs("Benin", "Ghana") + [E("Company", "Airtel")],
 # 'founded on 29 August 2003 by Mike Adenuga' -> founder
 roles=[R("Mike Adenuga", "founder", GLO)],
 # 'GLO is privately owned by the Mike Adenuga Group' -> parentOrganization; the group 'also consists of' the three
 # companies -> parentOrganization each; 'strategic business units: Glo mobile, Glo Broad Access, Glo Gateway' and
 # 'Glo Mobile, a subsidiary of Globacom' -> parentOrganization each; 'GLO ... build ... a fibre-optic cable known as
 # Glo-1' (and Glo-1 one of its units) -> provider; 'Glo later sold its Ghana subsidiary to Airtel' -> nothing (the
 # subsidiary unnamed, no entity to relate; doubtful)
 relations=[L(GLO, "parentOrganization", MAG)]
           + [L(c, "parentOrganization", MAG) for c in ("Cobblestone Properties and Estates", "Conoil PLC",
                                                          "Conoil Producing")]
           + [L(u, "parentOrganization", GLO) for u in (GM, "Glo Broad Access", "Glo Gateway")]
           + [L("Glo-1", "provider", GLO)],
 outages=[],
 # 'December 2018' occurs twice (one item); 'In the first year of operation' (relative to an untold start) left out
 dates=[D("29 August 2003", "2003-08-29"), D("December 2018", "2018-12"), D("2011", "2011")])

# ---- payments, Singapore: Network for Electronic Transfers -----------------------------------------------------------
NETS = "Network for Electronic Transfers (Singapore) Pte Ltd"
MAS = "Monetary Authority of Singapore"
A["wp-network-for-electronic-transfers"] = dict(
 # the network operator with 'NETS' and its Chinese name -> one Company; the Monetary Authority of Singapore (the
 # central bank and regulator) -> Organization; DBS Bank, 'Oversea-Chinese Banking Corporation Bank (OCBC)' and
 # 'United Overseas Bank (UOB)' (with their abbreviations) and UnionPay International -> Company; the Asian Payment
 # Network with 'APN' (an association of payment networks) -> Organization; Singapore -> Location; 'a consortium of
 # local banks' (unnamed), the Payment Systems (Oversight) Act (a law), 'Singapore's national debit service', 'the
 # NETS debit system', 'Stored Value Facility (SVF) prepaid electronic cards' and 'Electronic Funds Transfer at
 # Point-of-Sale (EFTPOS)' (generic names of kinds of service; no product name) -> nothing (doubtful for the debit
 # service)
 entities=[E("Company", NETS, "NETS", "\u661f\u7f51\u7535\u5b50\u4ed8\u6b3e\u79c1\u4eba\u6709\u9650\u516c\u53f8"),
           E("Location", "Singapore"), E("Organization", MAS), E("Company", "DBS Bank"),
           E("Company", "Oversea-Chinese Banking Corporation Bank", "OCBC"),
           E("Company", "United Overseas Bank", "UOB"), E("Organization", "Asian Payment Network", "APN"),
           E("Company", "UnionPay International")],
 roles=[],
 # 'NETS is owned by Singapore's largest banks, DBS Bank, ... OCBC ... and ... UOB' -> parentOrganization each (an
 # owned-by statement; shares untold); 'a member of the Asian Payment Network' and 'a council member of UnionPay
 # International' (memberships of an association and a council) -> nothing (doubtful: no partnership or contract
 # stated); the designation by the Monetary Authority (regulation) -> nothing
 relations=[L(NETS, "parentOrganization", b) for b in ("DBS Bank", "Oversea-Chinese Banking Corporation Bank",
                                                       "United Overseas Bank")],
 outages=[],
 dates=[D("1985", "1985"), D("1986", "1986"), D("2011", "2011"), D("2014", "2014")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
