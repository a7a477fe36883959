#!/usr/bin/env python3
"""Batch 55d gold annotations (the texts of batch55d.py: the District of Colorado's release of 7 September 2022 on
Instec, Inc. and its owner and president, Dr. Zhong Zou, agreeing to pay $625,000 over Buy American Act
certifications; the Western District of New York's release of 24 May 2013 on ISTA Pharmaceuticals, Inc.'s guilty pleas
over its drug Xibrom; the FDA Office of Criminal Investigation's undated 2003 story on EndoVascular Technologies, Inc.,
'a subsidiary of Guidant Corporation', charged for unreported adverse events of its Ancure endograft system), written
from the texts alone; newskg was not run on them. The split follows the fixed rule: the sorted ids dealt along test,
train, dev (batch10_annotate's write_parts). Dates resolve against `published`; where it is null (EVT) only absolute
dates are given.
Conventions (the DOJ lane's releases, 41p and 43e; 51n-54zr; GUIDELINES section 2): "X's owner and president, Y" ->
president at X, current, and nothing for owner (the lane's owner rule: 15's Rozenfeld, 54l's Rivas, 54zr's Preston);
'Principal Deputy Assistant Attorney General X, head of the Justice Department's Civil Division' -> head at the Civil
Division (45zn, 54zr's Mizer) with parentOrganization(Civil Division, Department of Justice) (53f, 54zr); 'U.S.
Attorney X' / 'Assistant U.S. Attorney X' with no office named as a body in the kept text -> Person, no role (45zn,
54zm's Durkan, 54zr's McSwain); 'U.S. District Court Judge X' with no court named -> Person, no role (54x, 54zc); a
judicial district named only as a place ('the Western District of New York') -> nothing (53f, 53k); a named
customer agency a firm sold goods to under contracts -> partner(firm, agency), direction as written (51y's supply
relation to a government, the lane's KBR / U.S. Navy and GDMA / U.S. Navy readings; **doubtful**); a drug or device a
named firm makes ('its drug Xibrom', 'manufactured by') -> Service with provider(product, firm) (GUIDELINES: drugs and
devices are Service; 53d's SF-1019); "X, a subsidiary of Y" -> parentOrganization(X, Y); "OCI's Metro Washington Field
Office" -> parentOrganization(office, OCI) ("X's Y division"); a legislator ('Senator Edward Kennedy') -> Person, no
role (GUIDELINES); laws and statutes (the False Claims Act, the Buy American Act, the Federal Anti-Kickback Statute,
the Food, Drug and Cosmetic Act, 21 U.S.C. and 18 U.S.C. sections) -> no entity; 'the United States' as a party ->
no entity (54zh, 54zm, 54zr; **doubtful**); 'City, State' -> one Location; the dateline city as written ('DENVER',
'BUFFALO'); 'Dr.' left out of a name (51za).
usage: batch55d_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather56d/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- Instec, Inc., USAO District of Colorado, published 2022-09-07 (a Wednesday) -------------------------------------
INSTEC = "Instec, Inc."
DOJ = "Department of Justice"
CIV = "Civil Division"
DOE = "Department of Energy"
NAVY = "U.S. Navy"
ARMY = "U.S. Army"
NASA = "National Aeronautics and Space Administration"
A["us-doj-usao-co-instec-owner-president-zou-buy-american-act-false-claims-625000-settlement-2022"] = dict(
 # Location: DENVER (dateline, as written), Boulder, Colorado ('located in Boulder, Colorado': one Location, the
 # 'City, State' rule), China ('manufactured in China'). Organizations: Department of Justice ('The Department of
 # Justice announced today'; 'the Justice Department's Civil Division': alias 'Justice Department'; 'the
 # department's commitment' is the generic noun, no alias), Civil Division, and the four buyers named in the second
 # paragraph: Department of Energy, U.S. Navy, U.S. Army, National Aeronautics and Space Administration (government
 # bodies: Organization; NASA is not written as an acronym, so no alias). Company: Instec, Inc. ('Instec' four times
 # more, "Instec's" included: alias 'Instec'). People: Zhong Zou ('Dr. Zhong Zou': 'Dr.' left out, 51za; 'Zou' twice:
 # alias), Brian M. Boynton. Not annotated: the False Claims Act and the Buy American Act ('the Act') (laws); 'The
 # United States alleged' (the party: no entity, **doubtful**); 'U.S. manufacturing', 'American businesses' (modifiers);
 # 'federal agencies and national laboratories', 'the federal government', 'the government' (generic); 'the company'
 # (generic, no alias)
 entities=[E("Location", "DENVER"),
           E("Organization", DOJ, "Justice Department"),
           E("Company", INSTEC, "Instec"),
           E("Location", "Boulder, Colorado"),
           E("Person", "Zhong Zou", "Zou"),
           E("Location", "China"),
           E("Organization", DOE),
           E("Organization", NAVY),
           E("Organization", ARMY),
           E("Organization", NASA),
           E("Person", "Brian M. Boynton"),
           E("Organization", CIV)],
 # "Dr. Zhong Zou, Instec's owner and president" -> president at Instec, current (owner: no title of the vocabulary,
 # nothing). 'Principal Deputy Assistant Attorney General Brian M. Boynton, head of the Justice Department's Civil
 # Division' -> head at the Civil Division, current (54zr's Mizer; **doubtful**: a reader may give other for the
 # deputy rank). Near-miss: Zou as owner (no role; a reader may give founder or ceo, which the text does not say)
 roles=[R("Zhong Zou", "president", INSTEC), R("Brian M. Boynton", "head", CIV)],
 # 'the Justice Department's Civil Division' -> parentOrganization(Civil Division, Department of Justice) (53f,
 # 54zr). 'scientific instruments sold to the government pursuant to contracts ... were sold to multiple federal
 # agencies and national laboratories, including the Department of Energy, the U.S. Navy, the U.S. Army, and the
 # National Aeronautics and Space Administration' -> partner(Instec, each buyer) (a supply relation under government
 # contracts, direction as written: seller first; **doubtful**: the sentence's subject is the instruments, and a
 # reader may see a plain sale, or the fraud, as no partnership). Near-misses: Instec and China (a place of
 # manufacture, no organisation); Zou and Instec beyond his role (a person: no relation); the settlement with the
 # United States (no partner); the Department of Energy, Navy, Army and NASA under any parent (not stated)
 relations=[L(CIV, "parentOrganization", DOJ),
            L(INSTEC, "partner", DOE), L(INSTEC, "partner", NAVY), L(INSTEC, "partner", ARMY),
            L(INSTEC, "partner", NASA)],
 outages=[],
 # 'announced today' -> 'today' 2022-09-07; 'enacted in 1933' -> '1933'. Near-misses: none other (no other time
 # expression in the kept text)
 dates=[D("today", "2022-09-07"), D("1933", "1933")])

# ---- ISTA Pharmaceuticals, Inc., USAO W.D.N.Y., published 2013-05-24 (a Friday) --------------------------------------
ISTA = "ISTA Pharmaceuticals, Inc."
A["us-doj-usao-wdny-ista-pharmaceuticals-xibrom-misbranding-kickback-guilty-plea-33-5-million-2013"] = dict(
 # Location: BUFFALO (dateline, as written). People: William J. Hochul, Jr. ('U.S. Attorney William J. Hochul, Jr.',
 # and 'United States Attorney William J. Hochul, Jr.' again: the same form, no alias), Richard J. Arcara ('U.S.
 # District Court Judge'), MaryEllen Kresse ('Assistant U.S. Attorney'). Company: ISTA Pharmaceuticals, Inc. ('ISTA'
 # five times more: alias). Service: Xibrom ('its drug Xibrom'; a drug: Service, GUIDELINES). Organization: Food and
 # Drug Administration ('the Food and Drug Administration (FDA)'; 'FDA' three times more: alias). Not annotated: 'the
 # Western District of New York' (a judicial district named as the place of settlements, no court or office named as a
 # body: nothing, 53f, 53k; **doubtful**: a reader may type it Location); 'the United States' (the settling party: no
 # entity, **doubtful**); the Federal Anti-Kickback Statute and the Food, Drug and Cosmetic Act ('FDCA') (laws);
 # 'U.S. District Court' (no court named: 'U.S. District Court Judge' is his title); Lasik, glaucoma surgeries,
 # cataract surgery, cystoid macular edema (procedures and conditions); 'pharmaceutical companies', 'a drug company',
 # 'the American public' (generic)
 entities=[E("Location", "BUFFALO"),
           E("Person", "William J. Hochul, Jr."),
           E("Company", ISTA, "ISTA"),
           E("Person", "Richard J. Arcara"),
           E("Service", "Xibrom"),
           E("Person", "MaryEllen Kresse"),
           E("Organization", "Food and Drug Administration", "FDA")],
 # No role. Near-misses: Hochul, 'U.S. Attorney' (no office named as a body in the kept text: no role, 45zn, 54zr's
 # McSwain; **doubtful**: a reader may give head of the U.S. Attorney's Office for the Western District of New York,
 # which the text does not name); Kresse, 'Assistant U.S. Attorney' (same: no role; a reader may give other); Arcara,
 # 'U.S. District Court Judge' (no court named: no role)
 roles=[],
 # 'its marketing, distribution and sale of its drug Xibrom' -> provider(Xibrom, ISTA Pharmaceuticals, Inc.) (53d's
 # reading of a firm's own drug). Near-misses: ISTA and the FDA (a regulator approving a drug: no partner); the
 # settlement with the United States (no partner); 'some ISTA employees' (unnamed); Bausch + Lomb, ISTA's buyer of
 # 2012, is not in the text (outside knowledge: nothing)
 relations=[L("Xibrom", "provider", ISTA)],
 outages=[],
 # 'announced today' -> 'today' 2013-05-24; "Today's resolution" -> the same day, its own surface form "Today"
 # (GUIDELINES: one item per distinct text and value, case ignored: 'Today' and 'today' are the same text, listed
 # once); 'Between 2005 and 2010' -> '2005' and '2010'. Near-miss: none other
 dates=[D("today", "2013-05-24"), D("2005", "2005"), D("2010", "2010")])

# ---- EndoVascular Technologies, Inc. (Guidant), FDA OCI 2003 story, published null -----------------------------------
EVT = "EndoVascular Technologies, Inc."
GDT = "Guidant Corporation"
ANC = "Ancure endograft system"
MWFO = "Metro Washington Field Office"
A["us-fda-oci-endovascular-technologies-guidant-subsidiary-ancure-device-unreported-adverse-events-charged"] = dict(
 # Organizations: OCI (only the initials are in the kept text: the heading that spells out 'Office of Criminal
 # Investigation' was left out with the chrome; 'OCI's' twice), Metro Washington Field Office ("OCI's Metro
 # Washington Field Office"), FDA (only 'FDA', five times). Person: Edward Kennedy ("Senator Edward Kennedy's
 # office"). Service: Ancure endograft system ('a medical device known as the Ancure endograft system (Ancure
 # Device)'; 'the Ancure Device' twice more: alias 'Ancure Device'; a device: Service, GUIDELINES). Companies:
 # EndoVascular Technologies, Inc. ('(EVT)', and 'EVT' twice more: alias), Guidant Corporation. Location: Menlo Park,
 # California (one Location, the 'City, State' rule). Not annotated: Kennedy's office (his office, no named body);
 # 'Medical Device Reports' (a kind of filing); 'a Criminal Information' (a charging paper); 21 U.S.C. and 18 U.S.C.
 # sections (laws); '7,632 Ancure Devices sold' (the plural, units of the product: not an extra alias, **doubtful**);
 # 'the company', 'a physician', 'the device' (generic)
 entities=[E("Organization", "OCI"),
           E("Organization", MWFO),
           E("Organization", "FDA"),
           E("Person", "Edward Kennedy"),
           E("Service", ANC, "Ancure Device"),
           E("Company", EVT, "EVT"),
           E("Company", GDT),
           E("Location", "Menlo Park, California")],
 # No role: Kennedy is a legislator ('Senator': no role, GUIDELINES), and no officer of EVT or Guidant is named.
 # Near-miss: Kennedy as a member of an unnamed body (no role)
 roles=[],
 # 'EndoVascular Technologies, Inc. (EVT), a subsidiary of Guidant Corporation' -> parentOrganization(EVT, Guidant
 # Corporation). 'the Ancure endograft system (Ancure Device) manufactured by EndoVascular Technologies, Inc.' ->
 # provider(Ancure endograft system, EVT) (the maker; Guidant only through its subsidiary: no provider to Guidant).
 # "OCI's Metro Washington Field Office" -> parentOrganization(Metro Washington Field Office, OCI) ("X's Y
 # division"). Near-misses: OCI under the FDA (true, but the kept text never ties them: the heading that would is
 # left out; **doubtful**: a reader who knows OCI may set it); the FDA and EVT (a regulator and a reporting duty: no
 # partner); Menlo Park, California (a place: no relation)
 relations=[L(EVT, "parentOrganization", GDT), L(ANC, "provider", EVT), L(MWFO, "parentOrganization", "OCI")],
 outages=[],
 # `published` is null: only absolute dates -- 'June 9, 2003' (the criminal information filed). Near-misses: 'within
 # 30 days' (cut, and a span, no date); the page heading 'Office of Criminal Investigation 2003' (left out of the text)
 dates=[D("June 9, 2003", "2003-06-09")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
