#!/usr/bin/env python3
"""Gold for batch 57r (session 55, gatherer 57r: three Justice Department releases on companies -- DRS Technical
Services, Inc., 'a subsidiary of DRS Defense Solutions LLC', agreeing to pay $13.7 million to settle False Claims Act
overbilling allegations, announced by United States Attorney Rod J. Rosenstein with Joyce R. Branda of the Civil
Division, Robert Craig of the Defense Criminal Investigative Service, Frank Robey of the Army Criminal Investigation
Command's Major Procurement Fraud Unit and the Defense Contract Audit Agency (District of Maryland, October 2014); Sila
Luis, owner and operator of LTC Professional Consultants Inc. and Professional Home Care Solutions Inc., sentenced before
Judge Marcia G. Cooke for a $74 million Medicare fraud conspiracy, announced by Kenneth A. Blanco of the Criminal
Division, Benjamin G. Greenberg, George L. Piro of the FBI and Shimon R. Richmond of HHS-OIG (OPA, 22 November 2017);
Doorae Shipping Co., LTD, operator of the tanker B. Sky, whose $200,000 community service payment was handed to Scott
Hall of the National Fish and Wildlife Foundation by Florence T. Nakakuni, Rear Adm. Vincent Atkins of the Fourteenth
Coast Guard District, Donna Kahakui of the EPA and Eric Goldberg of the Coast Guard Investigative Service (District of
Hawaii, 5 July 2016)), written from the texts alone; newskg was not run on them. The split follows the fixed rule: the
sorted ids dealt along test, train, dev (batch10_annotate's write_parts). Dates resolve against `published`.
Conventions (the DOJ lane's releases: 57i, 57e, 56o, 56d, 55ze, 53t and their sources; GUIDELINES section 2): the
Justice Department an Organization -- 'Justice Department' where the text has only that form (56o, 57i), and where the
text has both forms the corpus's usual name 'Department of Justice' with 'Justice Department' its alias (53t, 57e);
"the Justice Department's Criminal/Civil Division" -> parentOrganization(Division, Justice Department) (56o, 52h);
'(Acting) Assistant Attorney General <name> of/for the ... Division' -> head of the Division, current (57e's Wayland, an
acting head; 57i's 'for'); 'Special Agent in Charge <name> of the <agency>'s <city> Field Office / Regional Office' ->
executive at the agency, the office no entity and its city left to its other mentions (56o, 52h); 'Resident
Agent-in-Charge <name> of the EPA's criminal enforcement program' -> executive at the EPA (the same rule; the programme
no entity); 'Director of <the body>'s <unit>' -> director at the unit, and parentOrganization(unit, body) from the
possessive (the corpus's 'Director of the SEC's Division of Enforcement'); 'Director of <a programme> with <a body>' ->
director at the body (the corpus's 'Director of the Center ... at the Tepper School'; **doubtful**, 56o gave a 'director
of nursing' executive); 'Commander, <a named command>' -> head of that command; a plain 'Special Agent <name> of <a
body>' -> other at the body (**doubtful**: no corpus precedent); 'X, an investigative/audit arm of <department>' ->
parentOrganization(X, department); "United States Attorney <name>" / "Acting U.S. Attorney <name> of the <district>"
-> Person, no role, the district no entity (53k, 55k, 56o, 57i); judges -> Person, no role, and 'U.S. District Judge'
(not 'U.S. District Court Judge') names no court (57i's Zeus); owners and operators ('The owner and operator of two
defunct Miami home health agencies', 'under Luis's ownership and control') -> no role (the lane's owner rule: 53r, 54f,
56d, 56o, 55d); 'X is a subsidiary of Y' -> parentOrganization(X, Y); a company's parenthesised short form ('(DRS)',
'(LTC)') and a shortened name used later ('Doorae') -> alias; a person's surname alone ('Luis', 'Judge Cooke') -> alias;
'City, State' -> two Locations (56o); datelines ('Baltimore', 'HONOLULU') -> nothing (56i, 56d, 56o, 57e, 57i); 'U.S.'
standing alone ('International and U.S. law') -> Location 'U.S.' where the text never spells out the country (55c, 57e,
57i; **doubtful**); ships' names ('the B. Sky') -> nothing and the flag state ('flagged out of Vanuatu') a Location;
programmes (Medicare), laws (the False Claims Act, the Act to Prevent Pollution from Ships), records and devices (an
oil record book, an oil water separator) -> nothing; a court-ordered community service payment to a foundation -> no
partner (57i's Zeus); 'today' -> against `published`.
usage: batch57r_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather58r/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- DRS Technical Services, Inc. / DRS Defense Solutions LLC, published 2014-10-07 (a Tuesday) -----------------------
DRS = "DRS Technical Services, Inc."
DDS = "DRS Defense Solutions LLC"
DOJ = "Department of Justice"
CIV = "Civil Division"
DCIS = "Defense Criminal Investigative Service"
DOD = "Department of Defense"
CID = "U.S. Army Criminal Investigation Command"
MPFU = "Major Procurement Fraud Unit"
DCAA = "Defense Contract Audit Agency"
A["us-usao-md-drs-technical-services-drs-defense-solutions-subsidiary-overbilling-false-claims-settlement-2014"] = dict(
 # Companies: DRS Technical Services, Inc. ('(DRS)', 'DRS personnel', 'DRS designs' -> alias 'DRS'), DRS Defense
 # Solutions LLC (the parent, once). Organizations: the Justice Department ("the Justice Department\u2019s Civil
 # Division" twice, 'The Department of Justice' in Branda's quote -> one entity, name 'Department of Justice' as the
 # corpus usually names it, 'Justice Department' its alias), the Civil Division, the Defense Criminal Investigative
 # Service ('(DCIS)' -> alias), the Department of Defense (twice), the U.S. Army Criminal Investigation Command, its
 # Major Procurement Fraud Unit, the Defense Contract Audit Agency ('(DCAA)' -> alias). Persons: Rod J. Rosenstein
 # (twice in full), Joyce R. Branda (twice in full), Robert Craig, Frank Robey. Locations: Herndon and Virginia
 # ('principally located in Herndon, Virginia': City, State -> two).
 # Not annotated: 'Baltimore' (the dateline: 56o, 57i), 'the District of Maryland' (a judicial district inside the
 # United States Attorney's title), the DCIS 'Mid-Atlantic Field Office' (a unit of the agency: no entity, 56o's field
 # offices), 'OIG' in 'the Department of Defense \u2013 OIG' (the Department's inspector general named only by its
 # abbreviation, as the place of the DCIS -- **near-miss**: a reader may add an Organization 'OIG' between DCIS and the
 # Department, as 53t's marine hose text had 'Office of Inspector General' written out), 'the False Claims Act' (a
 # law), 'satellite and wireless network solutions and telecommunication services and security systems' (generic
 # lines of business, no product name -- no Service), 'the government', 'government and private sector customers'
 # (unnamed)
 entities=[E("Company", DRS, "DRS"),
           E("Person", "Rod J. Rosenstein"),
           E("Person", "Joyce R. Branda"),
           E("Organization", DOJ, "Justice Department"),
           E("Organization", CIV),
           E("Person", "Robert Craig"),
           E("Organization", DCIS, "DCIS"),
           E("Organization", DOD),
           E("Person", "Frank Robey"),
           E("Organization", CID),
           E("Organization", MPFU),
           E("Organization", DCAA, "DCAA"),
           E("Location", "Herndon"),
           E("Location", "Virginia"),
           E("Company", DDS)],
 # 'Acting Assistant Attorney General Joyce R. Branda for the Justice Department\u2019s Civil Division' (twice) -> head
 # of the Civil Division, current (an acting head leads it: 57e's Wayland). 'Special Agent in Charge Robert Craig of
 # the Defense Criminal Investigative Service (DCIS) Mid-Atlantic Field Office' -> executive at the DCIS (56o's rule:
 # the field office no entity). 'Frank Robey, Director of the U.S. Army Criminal Investigation Command's Major
 # Procurement Fraud Unit' -> director at the Major Procurement Fraud Unit (the corpus's 'Director of the SEC's
 # Division of Enforcement' -> director at the Division), current. No role: 'United States Attorney for the District
 # of Maryland Rod J. Rosenstein' and 'U.S. Attorney Rod J. Rosenstein' (no office named as a body: 53k, 56o).
 # Near-miss: nobody at DRS or DRS Defense Solutions is named ('DRS personnel' are unnamed)
 roles=[R("Joyce R. Branda", "head", CIV),
        R("Robert Craig", "executive", DCIS),
        R("Frank Robey", "director", MPFU)],
 # 'DRS Technical Services, Inc. (DRS) ... is a subsidiary of DRS Defense Solutions LLC' -> parentOrganization(DRS,
 # DRS Defense Solutions). "the Justice Department\u2019s Civil Division" -> parentOrganization(Civil Division,
 # Department of Justice). 'the Defense Criminal Investigative Service (DCIS) Mid-Atlantic Field Office, an
 # investigative arm of the Department of Defense \u2013 OIG' -> parentOrganization(DCIS, Department of Defense)
 # (**doubtful**: the arm belongs to the Department's inspector general, 'OIG', left without an entity of its own --
 # see above; the Department is the body the text names). "the U.S. Army Criminal Investigation Command's Major
 # Procurement Fraud Unit" -> parentOrganization(Major Procurement Fraud Unit, U.S. Army Criminal Investigation
 # Command). 'the Defense Contract Audit Agency (DCAA), an audit arm of the Department of Defense' ->
 # parentOrganization(DCAA, Department of Defense). Near-misses: DRS and the government ('overbilling the government',
 # 'for government and private sector customers': no named customer in the kept text -- the Army and Coast Guard
 # contracts are in the cut part, so no partner); DRS and the DCIS, the DCAA or the Justice Department (investigators
 # and a settling party: no partner); the U.S. Army Criminal Investigation Command and the Department of Defense (not
 # stated in the text: no relation); the DRS parent's own owner (Finmeccanica in the trade press: not in the text)
 relations=[L(DRS, "parentOrganization", DDS),
            L(CIV, "parentOrganization", DOJ),
            L(DCIS, "parentOrganization", DOD),
            L(MPFU, "parentOrganization", CID),
            L(DCAA, "parentOrganization", DOD)],
 outages=[],
 # No date expression in the kept text (the Army and Coast Guard contract periods are in the cut part). Not dates:
 # '$13.7 million' (a sum)
 dates=[])

# ---- Sila Luis / LTC Professional Consultants Inc., published 2017-11-22 (a Wednesday) --------------------------------
LTC = "LTC Professional Consultants Inc."
PHCS = "Professional Home Care Solutions Inc."
JD = "Justice Department"
CRM = "Criminal Division"
OIG = "U.S. Department of Health and Human Services Office of Inspector General"
A["us-doj-opa-sila-luis-ltc-professional-consultants-miami-home-health-owner-medicare-fraud-sentencing-2017"] = dict(
 # Companies: LTC Professional Consultants Inc. ('(LTC)', 'LTC' once more -> alias), Professional Home Care Solutions
 # Inc. (once). Organizations: the Justice Department and its Criminal Division, the FBI, the U.S. Department of Health
 # and Human Services Office of Inspector General ('(HHS-OIG)' -> alias; the office's full name as written, its
 # possessive dropped -- 56o named the same office 'Health and Human Services-Office of Inspector General' as that text
 # wrote it). Persons: Kenneth A. Blanco, Benjamin G. Greenberg, George L. Piro, Shimon R. Richmond, Sila Luis ('Luis'
 # five times, "Luis\u2019s" -> alias 'Luis'), Marcia G. Cooke ('Judge Cooke' -> alias 'Cooke'). Locations: Miami
 # ('two defunct Miami home health agencies', 'of Miami, Florida'; also inside the two offices' names), Florida ('Miami,
 # Florida'; also inside 'the Southern District of Florida').
 # Not annotated: Medicare ('the Medicare program' three times, 'Medicare beneficiaries': a programme -- **near-miss**,
 # a reader may type it an Organization or a Service; 56o left it out), 'the Southern District of Florida' (twice: a
 # judicial district, no court named -- 'U.S. District Judge' is the judge's title, 57i's Zeus), "the FBI\u2019s Miami
 # Field Office" and "HHS-OIG's Miami Regional Office" (units: no entity, 56o), 'patient recruiters', 'her
 # co-conspirators', 'Medicare beneficiaries' (unnamed), 'home health care services, including diabetic injections,
 # skilled nursing visits, physical therapy' (generic services, not products -- no Service)
 entities=[E("Location", "Miami"),
           E("Person", "Kenneth A. Blanco"),
           E("Organization", JD),
           E("Organization", CRM),
           E("Person", "Benjamin G. Greenberg"),
           E("Person", "George L. Piro"),
           E("Organization", "FBI"),
           E("Person", "Shimon R. Richmond"),
           E("Organization", OIG, "HHS-OIG"),
           E("Person", "Sila Luis", "Luis"),
           E("Location", "Florida"),
           E("Person", "Marcia G. Cooke", "Cooke"),
           E("Company", LTC, "LTC"),
           E("Company", PHCS)],
 # 'Acting Assistant Attorney General Kenneth A. Blanco of the Justice Department\u2019s Criminal Division' -> head of
 # the Criminal Division, current (an acting head: 57e's Wayland; 56o's Caldwell the same post). 'Special Agent in
 # Charge George L. Piro of the FBI\u2019s Miami Field Office' -> executive at the FBI; 'Special Agent in Charge Shimon
 # R. Richmond of the ... (HHS-OIG) Miami Regional Office' -> executive at HHS-OIG (56o's Porter and Class, the same
 # rule). No role: 'Acting U.S. Attorney Benjamin G. Greenberg of the Southern District of Florida' (no office named
 # as a body: 53k, 56o), 'U.S. District Judge Marcia G. Cooke' (a judge). Sila Luis: 'The owner and operator of two
 # defunct Miami home health agencies', 'operate LTC', 'under Luis\u2019s ownership and control' -> no role (the
 # lane's owner rule; 'operator' here is the one who ran the fraud, not a post -- **near-miss**: a reader may give
 # her executive, president or founder at LTC or at Professional Home Care Solutions)
 roles=[R("Kenneth A. Blanco", "head", CRM),
        R("George L. Piro", "executive", "FBI"),
        R("Shimon R. Richmond", "executive", OIG)],
 # "the Justice Department\u2019s Criminal Division" -> parentOrganization(Criminal Division, Justice Department).
 # Near-misses: LTC and Professional Home Care Solutions ('another home health agency under Luis\u2019s ownership and
 # control': sister companies under one owner, a person -- neither owns the other, no partner stated); HHS-OIG and the
 # Department of Health and Human Services (named only inside the office's name, no entity of its own: 56o); the
 # agencies and Medicare (billing a government programme: no partner)
 relations=[L(CRM, "parentOrganization", JD)],
 outages=[],
 # 'was sentenced today' -> 'today' 2017-11-22. 'Luis pleaded guilty on June 28,' -> 'June 28' 2017-06-28 (no year
 # written: the release's own year, as a reader resolves it against `published`; **doubtful**: a law blog says her
 # plea was in 2016 -- the release writing no year points to 2017). 'between January 2006 and June 2012' -> 'January
 # 2006' 2006-01, 'June 2012' 2012-06. Not dates: '80 months', 'More Than Six Years' (terms), '59' (an age)
 dates=[D("today", "2017-11-22"), D("June 28", "2017-06-28"), D("January 2006", "2006-01"),
        D("June 2012", "2012-06")])

# ---- Doorae Shipping Co., LTD / B. Sky, published 2016-07-05 (a Tuesday) ---------------------------------------------
DOO = "Doorae Shipping Co., LTD"
CG14 = "Fourteenth Coast Guard District"
EPA = "Environmental Protection Agency"
CGIS = "Coast Guard Investigative Service"
NFWF = "National Fish and Wildlife Foundation"
USCG = "U.S. Coast Guard"
A["us-usao-hi-doorae-shipping-b-sky-tanker-community-service-payment-national-fish-and-wildlife-foundation-2016"] = dict(
 # Company: Doorae Shipping Co., LTD ('Doorae' twice more -> alias). Organizations: the Fourteenth Coast Guard District
 # (a named Coast Guard command, its Commander named), the Environmental Protection Agency ('(EPA)' -> alias), the
 # Coast Guard Investigative Service, the National Fish and Wildlife Foundation, the U.S. Attorney\u2019s Office ('at
 # the U.S. Attorney\u2019s Office', where the check was handed over: an office named as a body, as the corpus's Oasis
 # Brands text had it -- curly apostrophe as written), the U.S. Coast Guard (twice). Persons: Florence T. Nakakuni,
 # Vincent Atkins, Donna Kahakui, Eric Goldberg, Scott Hall. Locations: Vanuatu ('flagged out of Vanuatu': the flag
 # state), U.S. ('International and U.S. law': the country never spelled out on its own -- 'United States' only in
 # 'United States Attorney'; **doubtful** as 55c's, 57e's and 57i's bare 'U.S.').
 # Not annotated: 'HONOLULU' (the dateline: 56o, 57i), Hawaii (only in the title), 'the B. Sky' (a ship's name, twice:
 # GUIDELINES -- **near-miss**, a reader may type it a Service or give provider to Doorae, 'operated by Doorae'), "the
 # Environmental Protection Agency\u2019s (EPA) criminal enforcement program" (a programme: no entity), 'Seabird
 # Conservation' (a programme inside Scott Hall's title: no entity -- **near-miss**: a reader may make it a unit of the
 # Foundation), the Act to Prevent Pollution from Ships (a law), 'an oil record book', 'an oil water separator'
 # (records and devices), 'the court' (unnamed: the judge and court are in the cut part), the photo captions
 entities=[E("Person", "Florence T. Nakakuni"),
           E("Person", "Vincent Atkins"),
           E("Organization", CG14),
           E("Person", "Donna Kahakui"),
           E("Organization", EPA, "EPA"),
           E("Person", "Eric Goldberg"),
           E("Organization", CGIS),
           E("Person", "Scott Hall"),
           E("Organization", NFWF),
           E("Company", DOO, "Doorae"),
           E("Organization", "U.S. Attorney\u2019s Office"),
           E("Organization", USCG),
           E("Location", "Vanuatu"),
           E("Location", "U.S.")],
 # 'Rear Adm. Vincent Atkins, Commander, Fourteenth Coast Guard District' -> head of the Fourteenth Coast Guard
 # District (its commander leads it), current. 'Resident Agent-in-Charge Donna Kahakui of the Environmental Protection
 # Agency\u2019s (EPA) criminal enforcement program' -> executive at the EPA (the Special-Agent-in-Charge rule, 56o;
 # the programme no entity). 'Special Agent Eric Goldberg of the Coast Guard Investigative Service' -> other at the
 # CGIS (a named post below the agency's senior ranks; **doubtful**: no corpus precedent for a plain special agent, a
 # reader may leave him without a role). 'Scott Hall, Director of Seabird Conservation with the National Fish and
 # Wildlife Foundation' -> director at the Foundation, current (the corpus's 'Director of the Center ... at the Tepper
 # School' -> director there; **doubtful**: 56o gave 'the director of nursing' executive, and a reader may give head
 # or executive). No role: 'United States Attorney Florence T. Nakakuni' (no office named as a body in her title: 53k,
 # 56o, 57i -- **near-miss**: the U.S. Attorney\u2019s Office is an entity here, at the end of the sentence, and a
 # reader may make her its head). Nobody at Doorae is named
 roles=[R("Vincent Atkins", "head", CG14),
        R("Donna Kahakui", "executive", EPA),
        R("Eric Goldberg", "other", CGIS),
        R("Scott Hall", "director", NFWF)],
 # parentOrganization(Fourteenth Coast Guard District, U.S. Coast Guard) and parentOrganization(Coast Guard
 # Investigative Service, U.S. Coast Guard): each is a body whose name carries the Coast Guard's, the Coast Guard named
 # on its own twice in the same text -- a careful reader takes them for the Coast Guard's district and investigative
 # service (**doubtful** both: the text states neither tie in words, and 56o left a parent out where it stood only
 # inside the office's name and nowhere on its own). Near-misses: Doorae and the National Fish and Wildlife Foundation
 # ('the community service payment of Doorae Shipping Co., LTD' handed to the Foundation: a court-ordered payment, no
 # partner -- 57i's Zeus); Doorae and the B. Sky ('operated by Doorae': the ship is no entity, no provider); Doorae and
 # the U.S. Coast Guard ('false statements to the U.S. Coast Guard': an inspector, no partner); the EPA and the others
 # (agencies acting together on one occasion: no partner)
 relations=[L(CG14, "parentOrganization", USCG),
            L(CGIS, "parentOrganization", USCG)],
 outages=[],
 # 'on Friday, July 1 at the U.S. Attorney\u2019s Office' -> 'Friday, July 1' 2016-07-01 (a Friday in 2016: checked;
 # the weekday and date written together -> one item, as the corpus's 'Friday, March 9'); 'after pleading guilty in
 # April 2016' -> 2016-04. Not dates: '$200,000', 'over 500 gallons' (amounts)
 dates=[D("Friday, July 1", "2016-07-01"), D("April 2016", "2016-04")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
