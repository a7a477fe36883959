#!/usr/bin/env python3
"""Batch 54x gold annotations (the texts of batch54x.py: the District of Massachusetts' release of 15 September 2009
on PHARMACIA & UPJOHN COMPANY, INC., a subsidiary of Pfizer, Inc, pleading guilty to misbranding Bextra; the Southern
District of Florida's release of 1 December 2016 on Princess Cruise Lines Ltd., a subsidiary of Carnival Corporation,
agreeing to plead guilty to deliberate vessel pollution; the Southern District of California's release of 15 January
2015 on Leonard Glenn Francis, owner and chief executive of Glenn Defense Marine Asia, and a U.S. Navy captain pleading
guilty in the Navy bribery and fraud case), written from the texts alone; newskg was not run on them. The split
follows the fixed rule: the sorted ids dealt along test, train, dev (batch10_annotate's write_parts). Dates resolve
against `published`.
Conventions (the DOJ lane's releases, 41p and 43e; 51n-54r; GUIDELINES section 2): 'X, a subsidiary of Y' and 'Y's
cruise line companies (A, B, ...)' where Y 'owns and operates multiple cruise lines' -> parentOrganization(X, Y) and
(A, Y); drugs named in a company's 'portfolio' -> Service with provider the company (GUIDELINES: drugs are Service);
a drug the company pleads guilty to misbranding and promoting -> provider too (**doubtful** for the subsidiary, see
the comment); 'owner and chief executive of Z' -> ceo at Z (owner: no title, 40zm/51a); military ranks ('U.S. Navy
Capt.') -> no role (GATHERING line ~11234); 'Deputy Director of Operations for the 7th Fleet' -> other at the 7th Fleet
(a deputy director -> other, GATHERING's FTC decisions), not current ('and later as ...'); a company that 'for decades
provided port services to U.S. Navy ships' -> partner(company, U.S. Navy) (a supplier/customer relation, direction as
written); 'U.S. Attorney X for the Southern District of Florida' -> Person, no role, the district no entity (53k; the
Thomas P. O'Brien reading of the corpus); 'Assistant Attorney General X for the Department of Justice's Environment and
Natural Resources Division' -> head at the Division + parentOrganization(Division, Department) (54r, 53zh, 54d);
judges and magistrate judges -> Person, no role; the dateline's city -> Location as written ('BOSTON', 'SAN DIEGO',
54l/54r) and the state abbreviation 'MA' a Location as written (54r's 'N.Y.', **doubtful**); ships' names ('Caribbean
Princess', 'USS Essex', 'USS Bonhomme Richard') -> nothing (GUIDELINES: not entities); laws (the Food, Drug & Cosmetic
Act), programmes ('Environmental Compliance Program (ECP)', 'a new and significantly expanded corporate compliance
program'), demonyms ('Malaysian', 'Cuban', 'Spanish') -> nothing; a clock time with its day ('October 16, 2009 at 9:30
a.m.') -> the day and the date-time as two items (GATHERING line ~1527).
usage: batch54x_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather55x/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- PHARMACIA & UPJOHN COMPANY, INC. / Pfizer, Inc, USAO D. Mass. (FBI archive), published 2009-09-15 (a Tuesday) -----
PU = "PHARMACIA & UPJOHN COMPANY, INC."
PF = "Pfizer, Inc"
A["us-doj-usao-ma-pfizer-subsidiary-pharmacia-upjohn-pleads-guilty-bextra-misbranding-2009"] = dict(
 # Companies: PHARMACIA & UPJOHN COMPANY, INC. (three times, always in capitals as written; no shorter form in the
 # text -- the headline's 'Pharmacia & Upjohn Company, Inc.' is the title only), Pfizer, Inc ('a subsidiary of Pfizer,
 # Inc ("Pfizer")'; the bare 'Pfizer' twice more: alias). Services (drugs): Bextra ('misbranding the drug, Bextra',
 # 'the promotion of Bextra', 'marketed Bextra'), Geodon ('an anti-psychotic drug'), Zyvox ('an antibiotic'), Lyrica
 # ('an anti-epileptic drug'). Person: Douglas P. Woodlock ('United States District Judge': no role). Locations: BOSTON
 # (the dateline; no later mention: the form as written), MA (the dateline's state abbreviation, as written:
 # **doubtful** as 54r's 'N.Y.'), United States ('the largest criminal fine ever imposed in the United States').
 # Not annotated: the Food, Drug & Cosmetic Act (a law), 'the prosecutor' (after the cut), 'physician prescribing'
 # (generic), the compliance program (a programme), 'other drugs' (unnamed)
 entities=[E("Location", "BOSTON"),
           E("Location", "MA"),
           E("Company", PU),
           E("Company", PF, "Pfizer"),
           E("Service", "Bextra"),
           E("Location", "United States"),
           E("Person", "Douglas P. Woodlock"),
           E("Service", "Geodon"),
           E("Service", "Zyvox"),
           E("Service", "Lyrica")],
 # No role: the text names no officer of either company; Woodlock is a judge. Near-miss: 'the prosecutor' (unnamed)
 roles=[],
 # 'PHARMACIA & UPJOHN COMPANY, INC., a subsidiary of Pfizer, Inc' -> parentOrganization(P&U, Pfizer, Inc). 'Pfizer
 # ... fraudulently promoted and marketed Bextra, as well as three other drugs in its portfolio, Geodon, ..., Zyvox,
 # ..., and Lyrica' -> provider(each of the four, Pfizer, Inc) (Bextra counted among 'its portfolio' by 'three other
 # drugs'). P&U 'pled guilty ... for misbranding the drug, Bextra' and admitted 'its criminal conduct in the promotion
 # of Bextra' -> provider(Bextra, P&U) as well (**doubtful**: the text says P&U promoted and misbranded the drug, not
 # in so many words that it makes or sells it; a reader may give Bextra to Pfizer only). Near-misses: Pfizer's civil
 # settlement and kickbacks to induce prescribing (no named counterparty: no partner); no acquisition is told (the
 # text does not say when or how P&U became Pfizer's)
 relations=[L(PU, "parentOrganization", PF),
            L("Bextra", "provider", PU),
            L("Bextra", "provider", PF),
            L("Geodon", "provider", PF),
            L("Zyvox", "provider", PF),
            L("Lyrica", "provider", PF)],
 outages=[],
 # 'today pled guilty' -> 'today' 2009-09-15 (the release's date line); 'scheduled for October 16, 2009 at 9:30 a.m.'
 # -> 'October 16, 2009' 2009-10-16 and '9:30 a.m.' 2009-10-16T09:30 (a clock time with its day: its own item); 'as
 # announced on September 2, 2009' -> 'September 2, 2009' 2009-09-02. Near-miss: 'in the future' (no value)
 dates=[D("today", "2009-09-15"), D("October 16, 2009", "2009-10-16"), D("9:30 a.m.", "2009-10-16T09:30"),
        D("September 2, 2009", "2009-09-02")])

# ---- Princess Cruise Lines Ltd. / Carnival Corporation, USAO S.D. Fla., published 2016-12-01 (a Thursday) -------------
PCL = "Princess Cruise Lines Ltd."
CC = "Carnival Corporation"
ENRD = "Environment and Natural Resources Division"
DOJ = "Department of Justice"
A["us-doj-usao-sdfl-carnival-subsidiary-princess-cruise-lines-plead-guilty-vessel-pollution-2016"] = dict(
 # Companies: Princess Cruise Lines Ltd. ('Princess Cruise Lines Ltd. (Princess)'; the bare 'Princess' six more times:
 # alias; not the ship 'Caribbean Princess'), Carnival Corporation ('Carnival Corporation (Carnival)', 'Carnival is
 # headquartered in Miami', 'eight Carnival cruise line companies': alias 'Carnival'), Carnival Cruise Line, Holland
 # America Line N.V., Seabourn Cruise Line Ltd., AIDA Cruises (the four cruise line companies named in brackets).
 # Organizations: Department of Justice ('the Department of Justice's Environment and Natural Resources Division'),
 # Environment and Natural Resources Division. People: Wifredo A. Ferrer ('U.S. Attorney ... for the Southern District
 # of Florida'), John C. Cruden ('Assistant Attorney General'). Locations: Miami (twice), Florida ('Miami, Florida' and
 # the ports' list), Santa Clarita, California, and the ports' list: Maine, Massachusetts, New Jersey, New York, Puerto
 # Rico, Rhode Island, South Carolina, Texas, U.S. Virgin Islands, Virginia. Not annotated: the Caribbean Princess (a
 # ship's name: not an entity), the Southern District of Florida (a judicial district named for the U.S. Attorney's
 # post, no body: as the corpus reads 'for the Central District of California'), the Environmental Compliance Program
 # (ECP) (a programme), 'U.S. ports' ('U.S.' a modifier: near-miss), 'an outside entity', 'a court appointed monitor'
 # (unnamed), 'the seas'
 entities=[E("Company", PCL, "Princess"),
           E("Person", "Wifredo A. Ferrer"),
           E("Location", "Miami"),
           E("Location", "Florida"),
           E("Person", "John C. Cruden"),
           E("Organization", DOJ),
           E("Organization", ENRD),
           E("Location", "Santa Clarita"),
           E("Location", "California"),
           E("Company", CC, "Carnival"),
           E("Company", "Carnival Cruise Line"),
           E("Company", "Holland America Line N.V."),
           E("Company", "Seabourn Cruise Line Ltd."),
           E("Company", "AIDA Cruises"),
           E("Location", "Maine"),
           E("Location", "Massachusetts"),
           E("Location", "New Jersey"),
           E("Location", "New York"),
           E("Location", "Puerto Rico"),
           E("Location", "Rhode Island"),
           E("Location", "South Carolina"),
           E("Location", "Texas"),
           E("Location", "U.S. Virgin Islands"),
           E("Location", "Virginia")],
 # 'Assistant Attorney General John C. Cruden for the Department of Justice's Environment and Natural Resources
 # Division' -> head at the Division (the AAG leads it; 54r's Moreno reading). Near-miss: Ferrer, 'U.S. Attorney ...
 # for the Southern District of Florida' (no office named as a body: no role, 53k/54r)
 roles=[R("John C. Cruden", "head", ENRD)],
 # 'Princess ... is a subsidiary of Carnival Corporation (Carnival), which owns and operates multiple cruise lines' ->
 # parentOrganization(Princess Cruise Lines Ltd., Carnival Corporation); 'cruise ships from eight Carnival cruise line
 # companies (Carnival Cruise Line, Holland America Line N.V., Seabourn Cruise Line Ltd. and AIDA Cruises)' ->
 # parentOrganization(each of the four, Carnival Corporation) ('Carnival cruise line companies' read with 'owns and
 # operates multiple cruise lines'; **doubtful** only in that the text does not say 'subsidiary' of each); 'the
 # Department of Justice's Environment and Natural Resources Division' -> parentOrganization(Division, Department).
 # Near-misses: the plea agreement between Princess and the government (no partner), the ECP's outside auditor and
 # monitor (unnamed)
 relations=[L(PCL, "parentOrganization", CC),
            L("Carnival Cruise Line", "parentOrganization", CC),
            L("Holland America Line N.V.", "parentOrganization", CC),
            L("Seabourn Cruise Line Ltd.", "parentOrganization", CC),
            L("AIDA Cruises", "parentOrganization", CC),
            L(ENRD, "parentOrganization", DOJ)],
 outages=[],
 # 'announced today' -> 'today' 2016-12-01 (the release day). Near-miss: 'for five years' (a term); 'Aug. 23, 2013'
 # falls after the cut
 dates=[D("today", "2016-12-01")])

# ---- Glenn Defense Marine Asia / Leonard Glenn Francis, USAO S.D. Cal., published 2015-01-15 (a Thursday) -------------
GDMA = "Glenn Defense Marine Asia"
NAVY = "U.S. Navy"
FLEET = "7th Fleet"
A["us-doj-usao-sdca-glenn-defense-marine-asia-ceo-leonard-francis-pleads-guilty-navy-bribery-2015"] = dict(
 # Company: Glenn Defense Marine Asia ('owner and chief executive of Glenn Defense Marine Asia'; 'Francis and GDMA' and
 # 'his corporate entity GDMA': alias 'GDMA', the acronym the text uses without defining it, as 54r's 'TCC').
 # Organizations: U.S. Navy ('U.S. Navy officials', 'U.S. Navy Capt.', 'U.S. Navy ships'; 'five current or former Navy
 # officials': alias 'Navy'), 7th Fleet ('Deputy Director of Operations for the 7th Fleet, headquartered in Yokosuka,
 # Japan': a naval command, Organization). People: Leonard Glenn Francis (the bare 'Francis' five times: alias), Daniel
 # Dusek ('Dusek' twice: alias), William V. Gallo and Jan M. Adler ('U.S. Magistrate Judge': judges, no role).
 # Locations: SAN DIEGO (the dateline; no later mention: the form as written), Yokosuka, Japan, United States
 # ('conspiracy to defraud the United States', as the corpus reads it: dev's Bilhar text). Not annotated: the USS Essex
 # and the USS Bonhomme Richard (ships' names), 'Malaysian national', 'Cuban cigars', 'Kobe beef', 'Spanish suckling
 # pigs' (demonyms and goods), 'federal court' (no court named), 'the plea agreement'
 entities=[E("Location", "SAN DIEGO"),
           E("Person", "Leonard Glenn Francis", "Francis"),
           E("Company", GDMA, "GDMA"),
           E("Organization", NAVY, "Navy"),
           E("Person", "Daniel Dusek", "Dusek"),
           E("Person", "William V. Gallo"),
           E("Organization", FLEET),
           E("Location", "Yokosuka"),
           E("Location", "Japan"),
           E("Location", "United States"),
           E("Person", "Jan M. Adler")],
 # 'Leonard Glenn Francis, owner and chief executive of Glenn Defense Marine Asia' -> ceo at GDMA, current (no
 # 'former'; pleaded guilty, not said to have left; 'owner' no title). 'he used his influence as Deputy Director of
 # Operations for the 7th Fleet ... and later as executive officer of the USS Essex and the commanding officer of the
 # USS Bonhomme Richard' -> other at the 7th Fleet (a deputy director -> other), not current ('and later as': he moved
 # on; **doubtful**: 'executive' could be argued for an operations post, and a reader may hold a military post no
 # role at all). Near-misses: 'U.S. Navy Capt.' (a rank: no role); the executive officer and commanding officer posts
 # (their org, a ship, is no entity: no role); 'his corporate entity GDMA' (ownership of a company by a person: no
 # relation, no title)
 roles=[R("Leonard Glenn Francis", "ceo", GDMA),
        R("Daniel Dusek", "other", FLEET, False)],
 # 'GDMA, which for decades provided port services to U.S. Navy ships' -> partner(Glenn Defense Marine Asia, U.S. Navy)
 # (a supplier/customer relation between two named organisations, direction as written). A U.S. Navy captain's post
 # 'for the 7th Fleet, headquartered in Yokosuka, Japan' -> parentOrganization(7th Fleet, U.S. Navy) (**doubtful**: the
 # text does not write 'the Navy's 7th Fleet'; read from the Navy officer's fleet post). Near-misses: the bribes and
 # gifts to Navy officials (crimes, no relation); the Navy ships (unnamed)
 relations=[L(GDMA, "partner", NAVY),
            L(FLEET, "parentOrganization", NAVY)],
 outages=[],
 # 'in federal court today' and 'Also today' -> 'today' 2015-01-15 (one item: same text, same value). Near-misses:
 # 'decade-long', 'for decades', '25 years' (durations/terms), '47' and '50-year-old' (ages)
 dates=[D("today", "2015-01-15")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
